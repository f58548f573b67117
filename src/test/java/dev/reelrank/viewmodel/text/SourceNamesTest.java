package dev.reelrank.viewmodel.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How a slide's footnote names a source: a long citation by its lead words, a short one whole. */
class SourceNamesTest {
    @Test
    void aLongCitation_isNamedByItsLeadWords_upToItsFirstAside() {
        assertEquals(
                "Kling AI developer pricing",
                SourceNames.shortOf("Kling AI developer pricing (kling.ai/dev/pricing; one unit costs 0.14 USD), as"
                        + " quoted by a public verification log that fetched the page on 2026-09-28 and quotes it"
                        + " (ReelRank did not open the page itself)"));
        assertEquals(
                "Google Cloud's Vertex AI pricing page for Veo 2",
                SourceNames.shortOf("Google Cloud's Vertex AI pricing page for Veo 2, as transcribed in full on"
                        + " 2026-10-08 by a public research report (ReelRank did not open the page itself)"));
        assertEquals(
                "Runway's developer API pricing",
                SourceNames.shortOf("Runway's developer API pricing: Gen-3 Alpha uses 10 credits per second; API"
                        + " credits cost 0.01 USD each (credits bought with the app's plans cost more)"));
        assertEquals(
                "GF Securities",
                SourceNames.shortOf("GF Securities (广发证券) research report, cited by the source article by Lan Xi"
                        + " (阑夕), March 2025; GF gives the ratio, not this figure."));
        assertTrue(SourceNames.isShortened(
                "GF Securities (广发证券) research report, cited by the source article by" + " Lan Xi (阑夕), March 2025"));
    }

    @Test
    void aShortSource_isKeptWhole_withoutItsFinalStop() {
        assertEquals("Vertex AI price list (test fixture)", SourceNames.shortOf("Vertex AI price list (test fixture)"));
        assertEquals("Acme, Inc. pricing page", SourceNames.shortOf("  Acme, Inc. pricing page. "));
        assertFalse(SourceNames.isShortened("Acme, Inc. pricing page."));
    }

    @Test
    void aLongSourceWithoutAnAside_isCutAtAWord_andSaysSo() {
        String named = SourceNames.shortOf(
                "Notes taken by the team during the vendor call on pricing for the enterprise tier next year");
        assertTrue(named.endsWith("\u2026"), named);
        assertTrue(named.codePointCount(0, named.length()) <= SourceNames.LONG, named);
        assertTrue(named.startsWith("Notes taken by the team during the vendor call on"), named);
    }

    @Test
    void aChineseCitation_isCutAtItsFullWidthAside() {
        assertEquals(
                "快手可灵开放平台价格页",
                SourceNames.shortOf("快手可灵开放平台价格页（kling.ai/dev/pricing，每单位 0.14 美元），由一份公开核对记录在 2026-09-28"
                        + " 抓取并引用，ReelRank 未亲自打开该页面，仅作参考之用，请以官方最新价格为准"));
    }
}
