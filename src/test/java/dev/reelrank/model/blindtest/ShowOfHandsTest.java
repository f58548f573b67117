package dev.reelrank.model.blindtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.reelrank.model.InvalidValueException;
import dev.reelrank.model.VoteOutcome;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ShowOfHandsTest {
    @ParameterizedTest
    @ValueSource(strings = {"A 7 B 4 T 1", "a7 b4 t1", "  B 4   A 7 T 1 ", "A 7 B 4 T 1 X 0"})
    void theCountsOfARoom_readInAnyOrderAndCase(String typed) {
        assertEquals(Map.of(VoteOutcome.A, 7L, VoteOutcome.B, 4L, VoteOutcome.TIE, 1L), ShowOfHands.parse(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"X 3", "x3"})
    void xIsBothBad(String typed) {
        assertEquals(Map.of(VoteOutcome.BOTH_BAD, 3L), ShowOfHands.parse(typed));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''|value.handsEmpty",
                "'   '|value.handsEmpty",
                "A seven|value.handsFormat",
                "A 7 C 2|value.handsFormat",
                "7 A|value.handsFormat",
                "A -1|value.handsFormat",
                "A 7 A 2|value.handsTwice",
                "A 0 B 0|value.handsNone",
                "A 99999 B 99999|value.voters",
                "A 1234567890|value.handsFormat",
            })
    void whatIsNotAShowOfHands_isRefusedWithTheReason(String typed, String key) {
        InvalidValueException refused = assertThrows(InvalidValueException.class, () -> ShowOfHands.parse(typed));
        assertEquals(key, refused.explanation().key(), refused.getMessage());
    }
}
