package dev.reelrank.io;

import dev.reelrank.model.Battle;
import dev.reelrank.model.BlindTest;
import dev.reelrank.model.BlindTestPrompt;
import dev.reelrank.model.Project;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A project's blind-test votes as LMArena's battle tables lay them out ({@code model_a,model_b,winner}
 * with the winner as model_a, model_b, tie or tie (bothbad)), plus the prompt, its id, the time and
 * the blind test. One row is one person's vote, so a show of hands of 7 is 7 rows: tools that
 * count rows, ReelRank's own import-battles among them, then count it as the room did.
 */
public final class BattlesCsv {
    public static final List<String> HEADER =
            List.of("model_a", "model_b", "winner", "prompt", "prompt_id", "time", "blind_test");

    private BattlesCsv() {}

    /**
     * Writes the votes of one blind test, or of all when {@code blindTest} is null.
     *
     * @return the number of rows written, the header not counted
     */
    public static long write(Project project, String blindTest, OutputStream out) throws IOException {
        Map<String, String> promptTexts = new HashMap<>();
        for (BlindTest test : project.blindTests()) {
            for (BlindTestPrompt prompt : test.prompts()) {
                promptTexts.put(test.id() + "\n" + prompt.id(), prompt.text());
            }
        }
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(CsvOut.record(HEADER));
        long rows = 0;
        for (Battle battle : project.battles()) {
            if (blindTest != null && !blindTest.equals(battle.blindTest())) {
                continue;
            }
            String row = CsvOut.record(
                    battle.a(),
                    battle.b(),
                    winner(battle),
                    promptTexts.get(battle.blindTest() + "\n" + battle.prompt()),
                    battle.prompt(),
                    battle.time().toString(),
                    battle.blindTest());
            for (long voter = 0; voter < battle.voters(); voter++) {
                writer.write(row);
                rows++;
            }
        }
        writer.flush();
        return rows;
    }

    private static String winner(Battle battle) {
        return switch (battle.outcome()) {
            case A -> "model_a";
            case B -> "model_b";
            case TIE -> "tie";
            case BOTH_BAD -> "tie (bothbad)";
        };
    }
}
