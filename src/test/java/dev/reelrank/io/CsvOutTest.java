package dev.reelrank.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 16, item 5: RFC 4180 quoting, and no cell a spreadsheet would run as a formula. */
class CsvOutTest {
    @ParameterizedTest(name = "[{0}] is written [{1}]")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "Veo 2|Veo 2",
                "``|``",
                "Gen-3, Alpha|\"Gen-3, Alpha\"",
                "say \"hi\"|\"say \"\"hi\"\"\"",
                "=1+2|'=1+2",
                "+1 555|'+1 555",
                "-Sora|'-Sora",
                "@SUM(A1)|'@SUM(A1)",
                "=HYPERLINK(\"http://x\",\"y\")|\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"",
                "-0.5|-0.5",
                "-12|-12",
                "1460000000.00|1460000000.00",
                "-|'-",
                "-.5|'-.5",
                "-1e3|'-1e3",
                "-12.|'-12.",
                "'=already|'=already",
            })
    void oneField(String value, String written) {
        assertEquals(written, CsvOut.field(value));
    }

    @Test
    void lineBreaksAndLeadingTabOrCr_areQuotedAndNeutralised_andEveryRecordEndsWithLf() {
        assertEquals("\"two\nlines\",\"a\rb\",\"c\r\nd\"\n", CsvOut.record("two\nlines", "a\rb", "c\r\nd"));
        assertEquals("'\tx,\"'\rx\"\n", CsvOut.record("\tx", "\rx"));
        assertEquals(",,\n", CsvOut.record(List.of("", "", "")));
        assertEquals(",x\n", CsvOut.record(Arrays.asList(null, "x")), "null is an empty field");
    }
}
