package dev.reelrank.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.model.BlindTestPrompt;
import dev.reelrank.model.Clip;
import dev.reelrank.model.ClipLibrary;
import dev.reelrank.model.LocalText;
import dev.reelrank.model.Product;
import dev.reelrank.model.Project;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Clip libraries read from a folder of PROMPT/PRODUCT.mp4 and from a manifest CSV. */
class ClipLibraryFilesTest {
    private static final Path COMMITTED = Path.of("src", "test", "resources", "clips", "library");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    /** kling-1.6 "Kling 1.6", veo-2 "Veo 2", sora "Sora" among others. */
    private static Project market() {
        return dev.reelrank.testing.TestProjects.market();
    }

    private static List<String> english(List<LocalText> lines) {
        return lines.stream().map(LocalText::english).toList();
    }

    private static Path write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void theCommittedFolder_givesTwoPromptsOfThreeClips_matchedByProductId() throws Exception {
        ClipLibraryFiles.Result result = ClipLibraryFiles.readFolder(COMMITTED, market());
        Path base = COMMITTED.toAbsolutePath();
        assertEquals(
                List.of(
                        new BlindTestPrompt("p1-city-at-night", "p1 city at night"),
                        new BlindTestPrompt("p2-red-sneaker-on-table", "p2 red sneaker on table")),
                result.library().prompts());
        assertEquals(
                List.of(
                        new Clip(
                                "p1-city-at-night",
                                "kling-1.6",
                                base.resolve("p1-city-at-night/kling-1.6.mp4").toString()),
                        new Clip(
                                "p1-city-at-night",
                                "sora",
                                base.resolve("p1-city-at-night/sora.mp4").toString()),
                        new Clip(
                                "p1-city-at-night",
                                "veo-2",
                                base.resolve("p1-city-at-night/veo-2.mp4").toString()),
                        new Clip(
                                "p2-red-sneaker-on-table",
                                "kling-1.6",
                                base.resolve("p2-red-sneaker-on-table/kling-1.6.mp4")
                                        .toString()),
                        new Clip(
                                "p2-red-sneaker-on-table",
                                "sora",
                                base.resolve("p2-red-sneaker-on-table/sora.mp4").toString()),
                        new Clip(
                                "p2-red-sneaker-on-table",
                                "veo-2",
                                base.resolve("p2-red-sneaker-on-table/veo-2.mp4")
                                        .toString())),
                result.library().clips());
        assertEquals(List.of(), result.unknownProducts());
        assertEquals(List.of(), result.skipped());
        assertEquals(List.of(), result.notes());
        for (Clip clip : result.library().clips()) {
            assertTrue(Files.isRegularFile(Path.of(clip.file())), clip.file());
        }
    }

    @Test
    void aFolder_takesPromptTxt_names_andCases_andLeavesHiddenOtherAndDeeperFilesAlone(@TempDir Path root)
            throws Exception {
        write(root.resolve("p1-city/kling-1.6.mp4"), "x");
        write(root.resolve("p1-city/Veo 2.MOV"), "x"); // by name, any case of extension
        write(root.resolve("p1-city/SORA.m4v"), "x"); // by name, any case
        write(root.resolve("p1-city/prompt.txt"), "\uFEFF\n  \n  A city street at night, rain  \nsecond line\n");
        write(root.resolve("p1-city/.hidden.mp4"), "x");
        write(root.resolve("p1-city/notes.txt"), "x");
        write(root.resolve("p1-city/deeper/pika.mp4"), "x");
        write(root.resolve("Red_Sneaker--On table/Pika 2.mp4"), "x");
        write(root.resolve("Red_Sneaker--On table/veo-2.mp4"), "x");
        write(root.resolve("loose.mp4"), "x");
        write(root.resolve(".git/HEAD.mp4"), "x");
        Files.createDirectories(root.resolve("empty"));

        ClipLibraryFiles.Result result = ClipLibraryFiles.readFolder(root, market());

        assertEquals(
                List.of(
                        new BlindTestPrompt("p1-city", "A city street at night, rain"),
                        new BlindTestPrompt("red_sneaker--on-table", "Red Sneaker On table")),
                result.prompts());
        assertEquals(
                List.of("p1-city kling-1.6", "p1-city sora", "p1-city veo-2", "red_sneaker--on-table veo-2"),
                result.library().clips().stream()
                        .map(clip -> clip.prompt() + " " + clip.product())
                        .toList());
        assertEquals(List.of("Pika 2"), result.unknownProducts());
        assertEquals(5, result.found().size());
        assertEquals(List.of(), result.skipped());
        assertEquals(
                List.of("empty/: holds no clips (.mp4, .mov or .m4v files), so it is no prompt"),
                english(result.notes()));
    }

    @Test
    void unknownProducts_areAddedAsTheBattleImportAddsThem_andTheirClipsJoinTheLibrary(@TempDir Path root)
            throws Exception {
        write(root.resolve("p1/Pika 2.mp4"), "x");
        write(root.resolve("p2/pika 2.mov"), "x"); // the same product, in another case
        write(root.resolve("p2/kling-1.6.mp4"), "x");
        ClipLibraryFiles.Result result = ClipLibraryFiles.readFolder(root, market());
        assertEquals(List.of("Pika 2"), result.unknownProducts());
        assertEquals(1, result.library().clips().size());

        ClipLibraryFiles.Added added = result.addUnknown(market(), "Clips from " + root, TODAY);

        Product pika = added.project().product("pika-2").orElseThrow();
        assertEquals("Pika 2", pika.name());
        assertEquals(List.of("Pika 2"), added.addedProducts());
        assertEquals(market().products().size() + 1, added.project().products().size());
        assertEquals(
                List.of("p1 pika-2", "p2 kling-1.6", "p2 pika-2"),
                added.library().clips().stream()
                        .map(clip -> clip.prompt() + " " + clip.product())
                        .toList());
        assertEquals(added.library(), result.libraryFor(added.project()));
    }

    @Test
    void twoClipsOfOneProduct_orTwoFoldersOfOnePromptId_areSkippedWithOneLineEach(@TempDir Path root) throws Exception {
        write(root.resolve("P1/veo-2.mp4"), "x");
        write(root.resolve("P1/Veo 2.mov"), "x");
        write(root.resolve("p1/sora.mp4"), "x");
        write(root.resolve("p1/kling-1.6.mp4"), "x");
        ClipLibraryFiles.Result result = ClipLibraryFiles.readFolder(root, market());
        assertEquals(
                List.of(
                        "P1/veo-2.mp4: veo-2 already has a clip for the prompt p1 (P1/Veo 2.mov)",
                        "p1/kling-1.6.mp4: the folder's prompt id p1 is already that of the folder P1/",
                        "p1/sora.mp4: the folder's prompt id p1 is already that of the folder P1/"),
                english(result.skipped()).stream().sorted().toList());
        assertEquals(1, result.library().clips().size());
    }

    @Test
    void aPromptTxtThatCannotBeUsed_isNoted_andTheFolderNameIsTheText(@TempDir Path root) throws Exception {
        write(root.resolve("p1_city/sora.mp4"), "x");
        Files.write(root.resolve("p1_city/PROMPT.TXT"), new byte[] {'A', (byte) 0xFF, 'b'});
        write(root.resolve("p2/sora.mp4"), "x");
        write(root.resolve("p2/prompt.txt"), "  \n\n");
        ClipLibraryFiles.Result result = ClipLibraryFiles.readFolder(root, market());
        assertEquals(
                List.of(new BlindTestPrompt("p1_city", "p1 city"), new BlindTestPrompt("p2", "p2")), result.prompts());
        assertEquals(2, result.notes().size());
        assertTrue(
                english(result.notes()).get(0).startsWith("p1_city/PROMPT.TXT: "),
                result.notes().toString());
        assertEquals(
                "p2/prompt.txt: has no text; the folder name is the prompt's text instead",
                result.notes().get(1).english());
    }

    @Test
    void aMissingFolder_orAFile_isOneLine(@TempDir Path root) throws Exception {
        ClipLibraryException missing = assertThrows(
                ClipLibraryException.class, () -> ClipLibraryFiles.readFolder(root.resolve("nope"), market()));
        assertEquals(root.resolve("nope") + ": the folder does not exist", missing.getMessage());
        Path file = write(root.resolve("a.mp4"), "x");
        ClipLibraryException notFolder =
                assertThrows(ClipLibraryException.class, () -> ClipLibraryFiles.readFolder(file, market()));
        assertTrue(notFolder.getMessage().startsWith(file + ": is not a folder"), notFolder.getMessage());
    }

    /** The new-user walkthrough of 2026-11-30: an empty folder was taken without a word, and the library emptied. */
    @Test
    void aFolderWithNoClipsAnywhere_isOneLineSayingTheLayout(@TempDir Path root) throws Exception {
        Path empty = Files.createDirectories(root.resolve("empty"));
        ClipLibraryException none =
                assertThrows(ClipLibraryException.class, () -> ClipLibraryFiles.readFolder(empty, market()));
        assertEquals(
                empty + ": holds no folders; expected one folder per prompt, each with a clip per product, such as"
                        + " city-night/kling-3.0.mp4",
                none.getMessage());
        Path flat = Files.createDirectories(root.resolve("flat"));
        write(flat.resolve("kling-1.6.mp4"), "x");
        write(Files.createDirectories(flat.resolve("notes")).resolve("readme.txt"), "x");
        ClipLibraryException noClips =
                assertThrows(ClipLibraryException.class, () -> ClipLibraryFiles.readFolder(flat, market()));
        assertTrue(
                noClips.getMessage()
                        .startsWith(flat + ": holds no clips (.mp4, .mov or .m4v files) in any of its" + " folders;"),
                noClips.getMessage());
    }

    @Test
    void aManifest_inAnyColumnOrder_withBomAndQuotes_givesTheLibrary(@TempDir Path folder) throws Exception {
        Path elsewhere = write(folder.resolve("elsewhere/sora.mp4"), "x");
        write(folder.resolve("clips/p1/kling.mp4"), "x");
        write(folder.resolve("clips/p1/veo.mp4"), "x");
        Path csv = write(
                folder.resolve("lists/manifest.csv"),
                "\uFEFFproduct,File,prompt_id,prompt,notes\r\n"
                        + "kling-1.6,../clips/p1/kling.mp4,p1,\"A city street at night, rain, neon signs\",first\r\n"
                        + "Veo 2,..\\clips\\p1\\veo.mp4,p1,\"A city street at night, rain, neon signs\",\r\n"
                        + "SORA," + elsewhere + ",p2,A red sneaker,\r\n"
                        + "\r\n"
                        + "Pika 2,../clips/p2/pika.mp4,p2,A red sneaker,not there\r\n");

        ClipLibraryFiles.Result result = ClipLibraryFiles.readManifest(csv, market());

        assertEquals(
                new ClipLibrary(
                        List.of(
                                new BlindTestPrompt("p1", "A city street at night, rain, neon signs"),
                                new BlindTestPrompt("p2", "A red sneaker")),
                        List.of(
                                new Clip(
                                        "p1",
                                        "kling-1.6",
                                        folder.resolve("clips/p1/kling.mp4").toString()),
                                new Clip(
                                        "p1",
                                        "veo-2",
                                        folder.resolve("clips/p1/veo.mp4").toString()),
                                new Clip("p2", "sora", elsewhere.toString()))),
                result.library());
        assertEquals(List.of("Pika 2"), result.unknownProducts());
        assertEquals(List.of(), result.skipped());
        assertEquals(List.of("line 6: no such file: " + folder.resolve("clips/p2/pika.mp4")), english(result.notes()));
    }

    @Test
    void theReadmesManifestExample_readsAsItSays(@TempDir Path folder) throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("prompt_id,prompt,product,file\n");
        String example = readme.substring(start, readme.indexOf("```", start));
        ClipLibraryFiles.Result result =
                ClipLibraryFiles.readManifest(write(folder.resolve("manifest.csv"), example), market());
        assertEquals(List.of(), result.skipped());
        assertEquals(2, result.library().prompts().size());
        assertEquals(List.of("kling-1.6", "veo-2", "sora"), result.library().products());
        assertEquals(3, result.notes().size(), "the files are not there");
    }

    @Test
    void badManifestRows_areSkippedWithOneLineEach_namingTheirLine(@TempDir Path folder) throws Exception {
        Path csv = write(folder.resolve("m.csv"), """
                prompt_id,prompt,product,file
                p1,A city,kling-1.6,a.mp4
                p1,A city,veo-2
                P 1,A city,veo-2,b.mp4
                p1,Another city,veo-2,b.mp4
                p1,A city,Kling 1.6,c.mp4
                p1,A city,veo-2,
                p1,,veo-2,b.mp4
                p2,"A sneaker,veo-2,b.mp4
                p1,A city,veo-2,b.mp4
                """);

        ClipLibraryFiles.Result result = ClipLibraryFiles.readManifest(csv, market());

        assertEquals(
                List.of(
                        "line 3: has 3 fields; the header has 4",
                        "line 4: prompt_id \"P 1\" is not an id: 1 to 64 characters of a-z, 0-9, dot, underscore"
                                + " and hyphen, starting with a letter or digit",
                        "line 5: gives the prompt p1 another text than line 2 does",
                        "line 6: Kling 1.6 already has a clip for the prompt p1 (line 2)",
                        "line 7: file is empty",
                        "line 8: prompt is empty",
                        "line 9: has an unterminated quoted field"),
                english(result.skipped()));
        assertEquals(
                List.of("p1 kling-1.6", "p1 veo-2"),
                result.library().clips().stream()
                        .map(clip -> clip.prompt() + " " + clip.product())
                        .toList());
        for (LocalText line : result.skipped()) {
            assertFalse(line.english().contains("\n"));
            assertFalse(line.in(Locale.SIMPLIFIED_CHINESE).isBlank());
        }
    }

    @Test
    void aManifestWithoutItsHeader_empty_orMissing_isOneLineForTheWholeFile(@TempDir Path folder) throws Exception {
        Path noHeader = write(folder.resolve("a.csv"), "p1,A city,kling-1.6,a.mp4\n");
        Path partial = write(folder.resolve("b.csv"), "prompt_id,product,file\np1,kling-1.6,a.mp4\n");
        Path empty = write(folder.resolve("c.csv"), "");
        for (var entry : List.of(
                List.of(noHeader.toString(), noHeader + ":1: the header lacks prompt_id,prompt,product,file;"),
                List.of(partial.toString(), partial + ":1: the header lacks prompt; expected the columns"),
                List.of(empty.toString(), empty + ": the file is empty; expected the header"),
                List.of(folder.resolve("d.csv").toString(), folder.resolve("d.csv") + ": no such file"),
                List.of(folder.toString(), folder + ": is a folder, not a CSV file"))) {
            ClipLibraryException problem = assertThrows(
                    ClipLibraryException.class, () -> ClipLibraryFiles.readManifest(Path.of(entry.get(0)), market()));
            assertTrue(problem.getMessage().startsWith(entry.get(1)), problem.getMessage());
            assertFalse(problem.getMessage().contains("\n"), problem.getMessage());
        }
    }
}
