package io.strandwatch.agent.pricing;

/**
 * A price file that cannot be used, located for the person who has to fix it:
 * {@code prices.yaml:14: models.gpt-4o.input_per_mtok: "abc" is not a number; expected ...}.
 *
 * <p>Checked, because a bad user file is an expected condition the agent must handle at startup
 * (report it and keep the bundled prices) rather than a bug.
 */
public final class PriceFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String key;
    private final String problem;

    /**
     * @param file the file name as the user configured it
     * @param line 1-based line, or 0 when the problem concerns the whole file
     * @param key dotted key path such as {@code models.gpt-4o.input_per_mtok}, or empty
     * @param problem what is wrong and what would be valid
     */
    public PriceFileException(String file, int line, String key, String problem) {
        super(describe(file, line, key, problem));
        this.file = file;
        this.line = line;
        this.key = key == null ? "" : key;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    /** 1-based line number, 0 when unknown. */
    public int line() {
        return line;
    }

    /** Dotted key path, empty when the problem is not about one key. */
    public String key() {
        return key;
    }

    public String problem() {
        return problem;
    }

    private static String describe(String file, int line, String key, String problem) {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
        }
        text.append(": ");
        if (key != null && !key.isEmpty()) {
            text.append(key).append(": ");
        }
        return text.append(problem).toString();
    }
}
