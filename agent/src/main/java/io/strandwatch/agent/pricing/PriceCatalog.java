package io.strandwatch.agent.pricing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Model prices by catalog id (lower case), with the date and source of the price list.
 *
 * <p>Immutable and safe to share between threads. Ids are looked up as written here;
 * {@link ModelMatcher} turns the ids providers report into catalog ids.
 */
public final class PriceCatalog {

    /** The bundled list; its name carries the date so a stale jar is visible at a glance. */
    static final String BUNDLED_RESOURCE = "prices-2025-11-25.yaml";

    private final Map<String, ModelPrice> models;
    private final LocalDate date;
    private final String source;

    PriceCatalog(Map<String, ModelPrice> models, LocalDate date, String source) {
        this.models = Collections.unmodifiableMap(new LinkedHashMap<>(models));
        this.date = date;
        this.source = source;
    }

    /** The price list shipped in the agent jar. */
    public static PriceCatalog bundled() {
        return BundledHolder.CATALOG;
    }

    /**
     * The bundled prices overridden and extended by a user file (config key {@code pricing.file}).
     *
     * @param userFile the user's price file, or null for the bundled prices alone
     * @throws PriceFileException when the file cannot be read or is not a valid price file;
     *     its message names the file, line and key
     */
    public static PriceCatalog load(Path userFile) throws PriceFileException {
        if (userFile == null) {
            return bundled();
        }
        return bundled().overriddenBy(parse(userFile));
    }

    /** Parses one price file on its own, without the bundled prices. */
    public static PriceCatalog parse(Path file) throws PriceFileException {
        String name = file.toString();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return PriceFileParser.parse(reader, name);
        } catch (NoSuchFileException e) {
            throw new PriceFileException(name, 0, "", "the file does not exist");
        } catch (IOException e) {
            throw new PriceFileException(name, 0, "", "the file cannot be read as UTF-8 text: " + e);
        }
    }

    /** Parses price-file text; {@code fileName} only labels error messages. */
    public static PriceCatalog parse(Reader reader, String fileName) throws PriceFileException {
        return PriceFileParser.parse(reader, fileName);
    }

    /**
     * This catalog with every model of {@code overrides} added, replacing whole entries with the same id.
     * An entry is replaced as a whole, not merged field by field, so a user entry never silently inherits a
     * bundled long-context tier or cache price it did not state. Date and source stay those of this catalog:
     * they describe the list the overrides were applied to.
     */
    public PriceCatalog overriddenBy(PriceCatalog overrides) {
        Map<String, ModelPrice> merged = new LinkedHashMap<>(models);
        merged.putAll(overrides.models);
        return new PriceCatalog(merged, date, source);
    }

    /**
     * This catalog with the models of a config file's {@code pricing.models} section (see
     * {@link #overriddenBy(PriceCatalog)}); {@code fileName} labels error messages.
     */
    public PriceCatalog overriddenBy(org.yaml.snakeyaml.nodes.Node modelsSection, String fileName)
            throws PriceFileException {
        return overriddenBy(new PriceCatalog(PriceFileParser.parseModels(modelsSection, fileName), null, null));
    }

    /** The price of a catalog id (lower case), or null. */
    public ModelPrice get(String catalogId) {
        return models.get(catalogId);
    }

    public boolean contains(String catalogId) {
        return models.containsKey(catalogId);
    }

    /** Catalog ids in file order, bundled ids first. */
    public Set<String> modelIds() {
        return models.keySet();
    }

    public int size() {
        return models.size();
    }

    /** The date the prices were checked, or null when the file gave none. */
    public LocalDate date() {
        return date;
    }

    /** Where the prices come from, or null when the file gave none. */
    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return "PriceCatalog{" + models.size() + " models, date=" + date + "}";
    }

    /** Parsed on first use: the agent may never see an LLM call. */
    private static final class BundledHolder {
        static final PriceCatalog CATALOG = loadBundled();

        private static PriceCatalog loadBundled() {
            InputStream in = PriceCatalog.class.getResourceAsStream(BUNDLED_RESOURCE);
            Objects.requireNonNull(in, "bundled price list missing from the jar: " + BUNDLED_RESOURCE);
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return PriceFileParser.parse(reader, BUNDLED_RESOURCE);
            } catch (PriceFileException | IOException e) {
                // A broken bundled file is a build defect, caught by the tests, not a user error.
                throw new IllegalStateException("bundled price list is invalid: " + e.getMessage(), e);
            }
        }
    }
}
