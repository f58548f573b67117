package dev.reelrank.viewmodel.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.model.ImportedBattles;
import dev.reelrank.model.LocalText;
import dev.reelrank.model.PairTally;
import dev.reelrank.model.RatingSource;
import dev.reelrank.testing.NoProjectFiles;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.MainViewModelTest;
import dev.reelrank.viewmodel.port.BackgroundWork;
import dev.reelrank.viewmodel.port.BattleFiles;
import dev.reelrank.viewmodel.port.RecentFiles;
import dev.reelrank.viewmodel.port.UserSettings;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.text.Texts;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BattleImportViewModelTest {
    private final ProjectSession session =
            new ProjectSession(TestProjects.market(), null, () -> MainViewModelTest.TODAY);
    private final List<Double> progress = new ArrayList<>();
    private final ImportedBattles battles = new ImportedBattles(
            List.of("Veo 2", "Kling 1.5", "Hunyuan"),
            Map.of(
                    ImportedBattles.key(0, 1),
                    new PairTally(30, 20, 2),
                    ImportedBattles.key(1, 2),
                    new PairTally(5, 5, 0)));
    private boolean fail;
    private ImportedBattles battlesRead;
    private final BattleFiles files = (file, report, cancelled) -> {
        report.accept(0.5);
        report.accept(1.0);
        if (fail) {
            throw new IOException("battles.csv:1: unrecognised header");
        }
        return new BattleFiles.Contents(
                battlesRead != null ? battlesRead : battles,
                64,
                2,
                LocalText.of("csv.atLine", 9, LocalText.of("csv.unknownWinner", "x")));
    };
    private final MainViewModel viewModel = new MainViewModel(
            session,
            Texts.english(),
            new NoProjectFiles(() -> session.project()),
            RecentFiles.inMemory(),
            BackgroundWork.immediate(),
            files,
            UserSettings.inMemory());

    @Test
    void import_asksAboutUnknownNames_thenAddsTheVotesAsOneUndoableEdit() {
        int products = session.project().products().size();
        var battleImport = viewModel.battleImport();
        battleImport.progressProperty().addListener((obs, old, value) -> progress.add(value.doubleValue()));
        boolean[] read = new boolean[1];
        battleImport.start(Path.of("battles.csv"), () -> read[0] = true);
        assertTrue(read[0]);
        assertFalse(battleImport.runningProperty().get());
        assertTrue(progress.contains(0.5), progress.toString());
        assertEquals(List.of("Hunyuan"), battleImport.unknownNames());
        battleImport.merge(true);
        assertEquals(products + 1, session.project().products().size(), "and Hunyuan");
        assertEquals(2, session.project().headToHead().size());
        assertEquals(
                RatingSource.HEAD_TO_HEAD, viewModel.ratings().sourceProperty().get());
        assertEquals(
                "Imported 62 votes from battles.csv; 1 new products. Skipped 2 malformed rows (first: line 9: "
                        + "unknown winner \"x\"; expected model_a, model_b, tie or tie (bothbad)).",
                viewModel.statusProperty().get());
        viewModel.undo();
        assertEquals(products, session.project().products().size());
        assertTrue(session.project().headToHead().isEmpty());
    }

    @Test
    void leavingUnknownNamesOut_keepsTheProductsAsTheyWere() {
        var battleImport = viewModel.battleImport();
        battleImport.start(Path.of("battles.csv"), () -> {});
        var before = session.project().products();
        battleImport.merge(false);
        assertEquals(before, session.project().products());
        assertEquals(1, session.project().headToHead().size());
    }

    @Test
    void rowsWhoseTwoNamesAreOneProduct_areSaidInTheStatusLine() {
        // Issue 16, item 4: "veo-2" is Veo 2's id, so these 3 rows (first at line 5) are one product against itself.
        battlesRead = new ImportedBattles(
                List.of("veo-2", "Veo 2", "Sora"),
                Map.of(
                        ImportedBattles.key(0, 1),
                        new PairTally(2, 1, 0),
                        ImportedBattles.key(1, 2),
                        new PairTally(1, 0, 0)),
                Map.of(
                        ImportedBattles.key(0, 1),
                        new ImportedBattles.Origin(5, 3),
                        ImportedBattles.key(1, 2),
                        new ImportedBattles.Origin(2, 1)));
        var battleImport = viewModel.battleImport();
        battleImport.start(Path.of("battles.csv"), () -> {});
        battleImport.merge(true);
        assertEquals(1, session.project().headToHead().size());
        assertEquals(
                "Imported 1 votes from battles.csv; 0 new products. Skipped 2 malformed rows (first: line 9: "
                        + "unknown winner \"x\"; expected model_a, model_b, tie or tie (bothbad)). Skipped 3 rows whose two names"
                        + " are one product (first: line 5: \"veo-2\" and \"Veo 2\" are both the product veo-2, which cannot play"
                        + " itself).",
                viewModel.statusProperty().get());
    }

    @Test
    void aFailedRead_changesNothing_andSaysWhy() {
        fail = true;
        var before = session.project();
        viewModel.battleImport().start(Path.of("battles.csv"), () -> {});
        assertEquals(before, session.project());
        assertTrue(viewModel.statusIsProblemProperty().get());
        assertEquals(
                "Could not import the battles. battles.csv:1: unrecognised header",
                viewModel.statusProperty().get());
    }
}
