package dev.reelrank.io;

/** A small valid project file with one field per line, so tests know each value's line and column. */
final class TestProjects {
    static final String VALID = """
            {
              "format": 5,
              "name": "Test",
              "displayCurrency": "CNY",
              "exchangeRates": [
                {"from": "USD", "to": "CNY", "rate": 7.3, "source": "test", "asOf": "2025-02-28"}
              ],
              "products": [
                {
                  "id": "kling-1.6",
                  "name": "Kling 1.6",
                  "family": "Kling",
                  "version": "1.6",
                  "vendor": "Kuaishou",
                  "releaseDate": "2024-12-19",
                  "modes": ["text-to-video"],
                  "comparedPrice": "gf",
                  "prices": [
                    {
                      "id": "gf",
                      "label": "GF estimate",
                      "status": "published",
                      "kind": "estimate",
                      "amount": 0.83,
                      "currency": "CNY",
                      "unit": {"type": "per-clip", "clipSeconds": 5},
                      "source": "GF Securities",
                      "asOf": "2025-03-10"
                    }
                  ],
                  "votes": {"wins": 1, "losses": 2, "ties": 3, "sample": true, "source": "sample", "asOf": "2025-03-10"}
                }
              ],
              "headToHead": []
            }
            """;

    private TestProjects() {}

    /** The valid project with one piece of text replaced; fails if the text is not there. */
    static String with(String from, String to) {
        if (!VALID.contains(from)) {
            throw new IllegalArgumentException("not in the test project: " + from);
        }
        return VALID.replace(from, to);
    }

    /** A project with {@code count} minimal products. */
    static String withProducts(int count) {
        StringBuilder json = new StringBuilder(
                "{\"format\": 5, \"name\": \"Many\", \"displayCurrency\": \"CNY\", " + "\"products\": [\n");
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                json.append(",\n");
            }
            json.append("{\"id\": \"p")
                    .append(i)
                    .append("\", \"name\": \"P")
                    .append(i)
                    .append("\", \"family\": \"F\", \"version\": \"1\", \"vendor\": \"V\", \"releaseDate\": "
                            + "\"2024-01-01\", \"modes\": [\"text-to-video\"], \"comparedPrice\": \"a\", \"prices\": "
                            + "[{\"id\": \"a\", \"label\": \"A\", \"status\": \"published\", \"kind\": \"api\", "
                            + "\"amount\": 1, \"currency\": \"CNY\", \"unit\": {\"type\": \"per-second\"}, "
                            + "\"source\": \"s\", \"asOf\": \"2025-01-01\"}]}");
        }
        return json.append("]}\n").toString();
    }
}
