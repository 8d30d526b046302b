package dev.ridgeline.catalog;

import dev.ridgeline.calibration.Measurement;
import dev.ridgeline.economics.PriceSheet;
import dev.ridgeline.formats.FormatRules;
import dev.ridgeline.formats.FormatUse;
import dev.ridgeline.formats.NumberFormat;
import dev.ridgeline.hardware.Accelerator;
import dev.ridgeline.hardware.AcceleratorRules;
import dev.ridgeline.llm.LanguageModel;
import dev.ridgeline.llm.ModelRules;
import dev.ridgeline.validation.Closest;
import dev.ridgeline.validation.InvalidInputException;
import dev.ridgeline.validation.JsonDocuments;
import dev.ridgeline.validation.Problem;
import dev.ridgeline.validation.Quote;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Every catalog entry Ridgeline knows, by id: accelerators, models, formats, price sheets, measurements. */
public final class Catalog {
    private static final String ROOT = "/ridgeline/assets/";
    private static volatile Catalog builtIn;

    private final Map<String, Accelerator> accelerators;
    private final Map<String, LanguageModel> models;
    private final Map<String, NumberFormat> formats;
    private final Map<String, PriceSheet> priceSheets;
    private final Map<String, Measurement> measurements;

    public Catalog(List<Accelerator> accelerators, List<LanguageModel> models, List<NumberFormat> formats,
            List<PriceSheet> priceSheets, List<Measurement> measurements) {
        List<Problem> problems = new ArrayList<>();
        this.accelerators = index(accelerators, Accelerator::id, "accelerators", problems);
        this.models = index(models, LanguageModel::id, "models", problems);
        this.formats = index(formats, NumberFormat::id, "formats", problems);
        this.priceSheets = index(priceSheets, PriceSheet::id, "priceSheets", problems);
        this.measurements = index(measurements, Measurement::id, "measurements", problems);
        crossCheck(problems);
        structure(accelerators, "accelerators", AcceleratorRules::problems, problems);
        structure(models, "models", ModelRules::problems, problems);
        structure(formats, "formats", FormatRules::problems, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("catalog", problems);
        }
    }

    /** The catalog shipped inside Ridgeline (assets/), loaded once. */
    public static Catalog builtIn() {
        Catalog c = builtIn;
        if (c == null) {
            synchronized (Catalog.class) {
                if (builtIn == null) {
                    builtIn = load();
                }
                c = builtIn;
            }
        }
        return c;
    }

    static Catalog load() {
        return new Catalog(
                read("catalog/accelerators.json", CatalogFiles.Accelerators.class).accelerators(),
                read("catalog/models.json", CatalogFiles.Models.class).models(),
                read("catalog/formats.json", CatalogFiles.Formats.class).formats(),
                read("catalog/prices.json", CatalogFiles.PriceSheets.class).priceSheets(),
                read("reference/measurements.json", CatalogFiles.Measurements.class).measurements());
    }

    private static <T> T read(String path, Class<T> type) {
        try (InputStream in = Catalog.class.getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new IllegalStateException("assets/" + path + " is missing from the class path");
            }
            return JsonDocuments.read(in.readAllBytes(), "assets/" + path, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> Map<String, T> index(List<T> entries, Function<T, String> id, String kind,
            List<Problem> problems) {
        Map<String, T> byId = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            T entry = entries.get(i);
            if (byId.putIfAbsent(id.apply(entry), entry) != null) {
                problems.add(new Problem(kind + "[" + i + "].id", "duplicate id " + Quote.of(id.apply(entry))));
            }
        }
        return java.util.Collections.unmodifiableMap(byId);
    }

    /** Each entry's structural rules, named by its index in the file ("models[3].moe.activeExperts"). */
    public static <T> void structure(List<T> entries, String kind, Function<T, List<Problem>> rules,
            List<Problem> problems) {
        for (int i = 0; i < entries.size(); i++) {
            String prefix = kind + "[" + i + "].";
            rules.apply(entries.get(i)).forEach(p -> problems.add(new Problem(prefix + p.path(), p.message())));
        }
    }

    private void crossCheck(List<Problem> problems) {
        priceSheets.values().forEach(sheet -> {
            for (int i = 0; i < sheet.gpuPrices().size(); i++) {
                String acc = sheet.gpuPrices().get(i).accelerator();
                if (!accelerators.containsKey(acc)) {
                    problems.add(new Problem("priceSheets[" + sheet.id() + "].gpuPrices[" + i + "].accelerator",
                            unknown("accelerator", acc, accelerators)));
                }
            }
        });
        measurements.values().forEach(m -> {
            if (!accelerators.containsKey(m.accelerator())) {
                problems.add(new Problem("measurements[" + m.id() + "].accelerator",
                        unknown("accelerator", m.accelerator(), accelerators)));
            }
            if (!models.containsKey(m.model())) {
                problems.add(new Problem("measurements[" + m.id() + "].model", unknown("model", m.model(), models)));
            }
            if (m.weightFormat() != null && !formats.containsKey(m.weightFormat())) {
                problems.add(new Problem("measurements[" + m.id() + "].weightFormat",
                        unknown("format", m.weightFormat(), formats)));
            }
        });
    }

    static String unknown(String kind, String id, Map<String, ?> known) {
        String hint = Closest.among(id, known.keySet());
        return "unknown " + kind + " " + Quote.of(id) + (hint == null ? "" : " (did you mean \"" + hint + "\"?)");
    }

    public List<Accelerator> accelerators() {
        return List.copyOf(accelerators.values());
    }

    public List<LanguageModel> models() {
        return List.copyOf(models.values());
    }

    public List<NumberFormat> formats() {
        return List.copyOf(formats.values());
    }

    public List<NumberFormat> formats(FormatUse use) {
        return formats.values().stream().filter(f -> f.use() == use).toList();
    }

    public List<PriceSheet> priceSheets() {
        return List.copyOf(priceSheets.values());
    }

    public List<Measurement> measurements() {
        return List.copyOf(measurements.values());
    }

    public Optional<Accelerator> accelerator(String id) {
        return Optional.ofNullable(accelerators.get(id));
    }

    public Optional<LanguageModel> model(String id) {
        return Optional.ofNullable(models.get(id));
    }

    public Optional<NumberFormat> format(String id) {
        return Optional.ofNullable(formats.get(id));
    }

    public Optional<PriceSheet> priceSheet(String id) {
        return Optional.ofNullable(priceSheets.get(id));
    }

    /**
     * The accelerator's price on the newest price sheet (by its date, ISO yyyy-mm-dd) that lists it: that sheet's
     * first listing for the accelerator. Sheets with the same date keep catalog order. Empty when no sheet lists it.
     */
    public Optional<SheetPrice> newestPriceFor(String acceleratorId) {
        SheetPrice newest = null;
        for (PriceSheet sheet : priceSheets.values()) {
            Optional<dev.ridgeline.economics.GpuPrice> listing = sheet.gpuPrice(acceleratorId, null);
            if (listing.isPresent() && (newest == null || dateOf(sheet).compareTo(dateOf(newest.sheet())) > 0)) {
                newest = new SheetPrice(sheet, listing.get());
            }
        }
        return Optional.ofNullable(newest);
    }

    private static String dateOf(PriceSheet sheet) {
        return sheet.date() == null ? "" : sheet.date();
    }

    /** The message for an id this catalog lacks, with the closest id as a hint. */
    public String unknownAccelerator(String id) {
        return unknown("accelerator", id, accelerators);
    }

    public String unknownModel(String id) {
        return unknown("model", id, models);
    }

    public String unknownFormat(String id) {
        return unknown("format", id, formats);
    }

    public String unknownPriceSheet(String id) {
        return unknown("price sheet", id, priceSheets);
    }
}
