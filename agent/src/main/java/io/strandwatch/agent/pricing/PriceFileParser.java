package io.strandwatch.agent.pricing;

import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads one price file into a {@link PriceCatalog}.
 *
 * <p>Works on SnakeYAML's node tree rather than bound objects so that every value keeps its line and its text:
 * errors can point at the exact spot, and prices are parsed from the written decimal, never via a double.
 */
final class PriceFileParser {

    static final int FORMAT_VERSION = 1;

    private static final String PRICE_EXAMPLE =
            "expected a non-negative decimal in USD per 1M tokens with at most 6 decimal places, such as 2.50";

    private static final String PROVIDER = "provider";
    private static final String INPUT = "input_per_mtok";
    private static final String CACHE_READ = "cache_read_per_mtok";
    private static final String CACHE_WRITE = "cache_write_per_mtok";
    private static final String OUTPUT = "output_per_mtok";
    private static final String REASONING = "reasoning_per_mtok";
    private static final String LONG_CONTEXT = "long_context";
    private static final String THRESHOLD = "threshold_tokens";

    private static final List<String> TOP_LEVEL_KEYS = Arrays.asList("format", "date", "source", "models");
    private static final List<String> MODEL_KEYS =
            Arrays.asList(PROVIDER, INPUT, CACHE_READ, CACHE_WRITE, OUTPUT, REASONING, LONG_CONTEXT);
    private static final List<String> TIER_KEYS =
            Arrays.asList(THRESHOLD, INPUT, CACHE_READ, CACHE_WRITE, OUTPUT, REASONING);

    private final String fileName;
    /** What error keys start with: empty in a price file, {@code pricing.} in the config file. */
    private final String keyPrefix;

    private PriceFileParser(String fileName, String keyPrefix) {
        this.fileName = fileName;
        this.keyPrefix = keyPrefix;
    }

    /** Parses a whole price file; {@code fileName} is only used in error messages. */
    static PriceCatalog parse(Reader reader, String fileName) throws PriceFileException {
        return new PriceFileParser(fileName, "").parseDocument(reader);
    }

    /**
     * Parses the {@code pricing.models} section of the config file: the same mapping as a price file's
     * {@code models}, already composed (with the config file's limits) and located in {@code fileName}.
     */
    static Map<String, ModelPrice> parseModels(Node models, String fileName) throws PriceFileException {
        return new PriceFileParser(fileName, "pricing.").models(models);
    }

    private PriceCatalog parseDocument(Reader reader) throws PriceFileException {
        Node root = compose(reader);
        if (root == null) {
            throw new PriceFileException(fileName, 0, "", "the file is empty; expected a mapping with a 'models' key");
        }
        Map<String, NodeTuple> top = entries(root, "", "a mapping with a 'models' key", TOP_LEVEL_KEYS);

        if (top.containsKey("format")) {
            Node formatNode = top.get("format").getValueNode();
            String format = scalarText(formatNode, "format", "the format version " + FORMAT_VERSION);
            if (!String.valueOf(FORMAT_VERSION).equals(format)) {
                throw error(formatNode, "format", quote(format) + " is not a supported format version; expected "
                        + FORMAT_VERSION);
            }
        }
        LocalDate date = top.containsKey("date") ? date(top.get("date").getValueNode()) : null;
        String source = top.containsKey("source")
                ? scalarText(top.get("source").getValueNode(), "source", "a text naming where the prices come from")
                : null;
        if (!top.containsKey("models")) {
            throw error(root, "models", "is missing; expected a mapping of model id to prices");
        }
        Map<String, ModelPrice> models = models(top.get("models").getValueNode());
        return new PriceCatalog(models, date, source);
    }

    private Node compose(Reader reader) throws PriceFileException {
        try {
            return new Yaml(new LoaderOptions()).compose(reader);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 0 : mark.getLine() + 1;
            String context = e.getContext() == null ? "" : e.getContext() + ", ";
            throw new PriceFileException(fileName, line, "", "invalid YAML: " + context + e.getProblem());
        } catch (YAMLException e) {
            throw new PriceFileException(fileName, 0, "", "invalid YAML: " + e.getMessage());
        }
    }

    private LocalDate date(Node node) throws PriceFileException {
        String text = scalarText(node, "date", "a date such as 2025-11-25");
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw error(node, "date", quote(text) + " is not a date; expected YYYY-MM-DD such as 2025-11-25");
        }
    }

    private Map<String, ModelPrice> models(Node node) throws PriceFileException {
        Map<String, ModelPrice> models = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        for (NodeTuple entry : tuples(node, keyPrefix + "models", "a mapping of model id to prices")) {
            Node keyNode = entry.getKeyNode();
            String written = scalarText(keyNode, keyPrefix + "models", "a model id such as gpt-4o");
            String id = written.trim().toLowerCase(Locale.ROOT);
            String path = keyPrefix + "models." + written;
            if (id.isEmpty()) {
                throw error(keyNode, path, "the model id is empty; expected an id such as gpt-4o");
            }
            if (firstLine.containsKey(id)) {
                throw error(keyNode, path, "duplicate model id (ids ignore case); it is first defined on line "
                        + firstLine.get(id));
            }
            firstLine.put(id, line(keyNode));
            models.put(id, model(id, path, entry));
        }
        return models;
    }

    /** Missing fields are reported at the model's key line: that is where the user has to add them. */
    private ModelPrice model(String id, String path, NodeTuple entry) throws PriceFileException {
        Node owner = entry.getKeyNode();
        Map<String, NodeTuple> fields = entries(entry.getValueNode(), path, "a mapping of price fields", MODEL_KEYS);
        String provider = requiredText(owner, fields, path, PROVIDER, "a provider name such as openai, anthropic, "
                + "google or bedrock");
        PriceRates standard = rates(owner, fields, path);
        if (!fields.containsKey(LONG_CONTEXT)) {
            return new ModelPrice(id, provider, standard);
        }
        NodeTuple tier = fields.get(LONG_CONTEXT);
        Node tierOwner = tier.getKeyNode();
        String tierPath = path + "." + LONG_CONTEXT;
        Map<String, NodeTuple> tierFields = entries(tier.getValueNode(), tierPath,
                "a mapping with threshold_tokens and the prices above it", TIER_KEYS);
        long threshold = threshold(tierOwner, tierFields, tierPath);
        return new ModelPrice(id, provider, standard, threshold, rates(tierOwner, tierFields, tierPath));
    }

    /** Missing cache prices mean no cache discount and a missing reasoning price means the output price. */
    private PriceRates rates(Node owner, Map<String, NodeTuple> fields, String path) throws PriceFileException {
        long input = requiredPrice(owner, fields, path, INPUT);
        long output = requiredPrice(owner, fields, path, OUTPUT);
        long cacheRead = optionalPrice(fields, path, CACHE_READ, input);
        long cacheWrite = optionalPrice(fields, path, CACHE_WRITE, input);
        long reasoning = optionalPrice(fields, path, REASONING, output);
        return new PriceRates(input, cacheRead, cacheWrite, output, reasoning);
    }

    private long threshold(Node owner, Map<String, NodeTuple> fields, String path) throws PriceFileException {
        String key = path + "." + THRESHOLD;
        String expected = "expected a positive whole number of prompt tokens such as 200000";
        if (!fields.containsKey(THRESHOLD)) {
            throw error(owner, key, "is missing; " + expected);
        }
        Node node = fields.get(THRESHOLD).getValueNode();
        String text = scalarText(node, key, "a whole number of prompt tokens such as 200000");
        try {
            long threshold = Long.parseLong(text);
            if (threshold > 0) {
                return threshold;
            }
        } catch (NumberFormatException e) {
            // reported below with the same message as a non-positive value
        }
        throw error(node, key, quote(text) + " is not a positive whole number; " + expected);
    }

    private long requiredPrice(Node owner, Map<String, NodeTuple> fields, String path, String name)
            throws PriceFileException {
        if (!fields.containsKey(name)) {
            throw error(owner, path + "." + name, "is missing; " + PRICE_EXAMPLE);
        }
        return price(fields.get(name).getValueNode(), path + "." + name);
    }

    private long optionalPrice(Map<String, NodeTuple> fields, String path, String name, long fallback)
            throws PriceFileException {
        return fields.containsKey(name) ? price(fields.get(name).getValueNode(), path + "." + name) : fallback;
    }

    private long price(Node node, String key) throws PriceFileException {
        String text = scalarText(node, key, "a number such as 2.50");
        if (text.isEmpty()) {
            throw error(node, key, "is empty; " + PRICE_EXAMPLE);
        }
        BigDecimal usdPerMillion;
        try {
            usdPerMillion = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw error(node, key, quote(text) + " is not a number; " + PRICE_EXAMPLE);
        }
        try {
            return PicoUsd.perTokenFromUsdPerMillion(usdPerMillion);
        } catch (IllegalArgumentException e) {
            throw error(node, key, quote(text) + " " + e.getMessage() + "; " + PRICE_EXAMPLE);
        }
    }

    private String requiredText(Node owner, Map<String, NodeTuple> fields, String path, String name,
                                String expected) throws PriceFileException {
        String key = path + "." + name;
        if (!fields.containsKey(name)) {
            throw error(owner, key, "is missing; expected " + expected);
        }
        Node node = fields.get(name).getValueNode();
        String text = scalarText(node, key, expected).trim();
        if (text.isEmpty()) {
            throw error(node, key, "is empty; expected " + expected);
        }
        return text;
    }

    /** The entries of a mapping by key, rejecting keys outside {@code allowed} and keys given twice. */
    private Map<String, NodeTuple> entries(Node node, String path, String expected, List<String> allowed)
            throws PriceFileException {
        Map<String, NodeTuple> byKey = new LinkedHashMap<>();
        for (NodeTuple entry : tuples(node, path, expected)) {
            Node keyNode = entry.getKeyNode();
            String key = scalarText(keyNode, path, "one of: " + String.join(", ", allowed));
            String keyPath = path.isEmpty() ? key : path + "." + key;
            if (!allowed.contains(key)) {
                throw error(keyNode, keyPath, "unknown key; expected one of: " + String.join(", ", allowed));
            }
            if (byKey.containsKey(key)) {
                throw error(keyNode, keyPath, "is given twice; first on line " + line(byKey.get(key).getKeyNode()));
            }
            byKey.put(key, entry);
        }
        return byKey;
    }

    private List<NodeTuple> tuples(Node node, String path, String expected) throws PriceFileException {
        if (node instanceof MappingNode) {
            return ((MappingNode) node).getValue();
        }
        if (isEmptyScalar(node)) {
            return Collections.emptyList();
        }
        throw error(node, path, "expected " + expected + ", found " + describe(node));
    }

    private String scalarText(Node node, String key, String expected) throws PriceFileException {
        if (node instanceof ScalarNode) {
            return ((ScalarNode) node).getValue();
        }
        throw error(node, key, "expected " + expected + ", found " + describe(node));
    }

    private static boolean isEmptyScalar(Node node) {
        return node instanceof ScalarNode && ((ScalarNode) node).getValue().trim().isEmpty();
    }

    private static String describe(Node node) {
        switch (node.getNodeId()) {
            case mapping:
                return "a mapping";
            case sequence:
                return "a list";
            default:
                return "a single value";
        }
    }

    private PriceFileException error(Node node, String key, String problem) {
        return new PriceFileException(fileName, line(node), key, problem);
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private static String quote(String text) {
        return '"' + text + '"';
    }
}
