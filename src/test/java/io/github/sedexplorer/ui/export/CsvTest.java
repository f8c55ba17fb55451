package io.github.sedexplorer.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** RFC 4180 quoting and formula neutralising of the app's CSV exports. */
class CsvTest {

    @Test
    void quotesPerRfc4180() {
        assertEquals("plain", Csv.textField("plain"));
        assertEquals("\"a,b\"", Csv.textField("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.textField("say \"hi\""));
        assertEquals("\"two\nlines\"", Csv.textField("two\nlines"));
        assertEquals("\"cr\rhere\"", Csv.textField("cr\rhere"));
        assertEquals("", Csv.textField(""));
        assertEquals("", Csv.textField(null));
        assertEquals("|nor_conv_3x3~0|+|skip_connect~0|none~1|", Csv.textField("|nor_conv_3x3~0|+|skip_connect~0|none~1|"));
    }

    @Test
    void neutralisesFormulasInText() {
        assertEquals("'=1+2", Csv.textField("=1+2"));
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", Csv.textField("=HYPERLINK(\"http://x\",\"y\")"));
        assertEquals("'+cmd", Csv.textField("+cmd"));
        assertEquals("'-2+3", Csv.textField("-2+3"));
        assertEquals("'@SUM(A1)", Csv.textField("@SUM(A1)"));
        assertEquals("'\tx", Csv.textField("\tx"));
        assertEquals("\"'\rx\"", Csv.textField("\rx"));
        assertEquals("a=b", Csv.textField("a=b"), "only a leading trigger counts");
    }

    @Test
    void leavesNumbersAlone() {
        assertEquals("-0.5", Csv.textField("-0.5"));
        assertEquals("-inf", Csv.textField("-inf"));
        assertEquals("+1e-3", Csv.textField("+1e-3"));
        assertEquals("−0.5", Csv.textField("−0.5"), "U+2212 is no formula trigger");
        assertEquals("-0.5", Csv.numberField(-0.5));
        assertEquals("-inf", Csv.numberField(Double.NEGATIVE_INFINITY));
        assertEquals("inf", Csv.numberField(Double.POSITIVE_INFINITY));
        assertEquals("", Csv.numberField(Double.NaN));
        assertEquals("0.0000001", Csv.numberField(1e-7));
        assertEquals("94.37", Csv.numberField(94.37));
    }

    @Test
    void rowsEndInCrlf() {
        String csv = new Csv().row("arch", "=score", "acc").text("a,b").number(-1.5).integer(3).end().toString();
        assertEquals("arch,'=score,acc\r\n\"a,b\",-1.5,3\r\n", csv);
    }
}
