package org.tmfsafety.server.facility;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.beans.BeanUtils;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tmfsafety.server.system.TableExport;

/**
 * Writes facilities as CSV, XLSX and GeoJSON with every registry field under its code-like value (ISO3 country,
 * enum constants, true/false, plain numbers), so that an export can be edited and imported back, followed by the
 * computed, read-only columns (THI, TRI, classes, transboundary screening). Headers are in the user's language.
 */
@Component
class FacilityExports {

    /** The registry fields, in column order. */
    static final List<String> FIELDS = List.of("code", "name", "nameRu", "nameKk", "siteName", "operatorId", "authorityId",
            "country", "region", "latitude", "longitude", "locationApproximate", "status", "facilityType",
            "damRaiseMethod", "damHeightM", "crestLengthM", "impoundmentAreaHa", "storedVolumeM3", "designCapacityM3",
            "storedTonnageT", "designTonnageT", "annualOreThroughputT", "throughputYears", "volumeApproximate", "commodity", "hazardousSubstances", "waterHazardClass", "yearCommissioned", "yearClosed",
            "nearestWatercourse", "dataSources", "notes", "published", "managementStatus", "floodHazard",
            "seismicHazard", "damCondition", "populationAtRisk", "drinkingWaterAbstraction", "protectedAreaDownstream",
            "transboundarySetting", "distanceToSurfaceWaterKm");

    /** The computed columns, read-only. */
    static final List<String> COMPUTED = List.of("thi", "hazardClass", "tri", "riskClass", "transboundary",
            "firstForeignCountry", "alongRiverKmToBorder");

    private final MessageSource messages;

    FacilityExports(MessageSource messages) {
        this.messages = messages;
    }

    /** The fields a row must fill. */
    static final List<String> REQUIRED = List.of("name", "country", "latitude", "longitude", "status");

    /** An empty import template: the registry columns only, headers in the language. */
    void templateCsv(Locale locale, OutputStream out) throws IOException {
        TableExport.csv(fieldHeaders(locale), List.of(), out);
    }

    /** An empty import template with a second sheet explaining every column and its allowed values. */
    void templateXlsx(Locale locale, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            TableExport.sheet(workbook, messages.getMessage("facility.list.title", null, locale), fieldHeaders(locale),
                    List.of());
            List<List<Object>> rows = new ArrayList<>();
            for (String field : FIELDS) {
                rows.add(List.of(messages.getMessage("facility.field." + field, null, locale), field,
                        messages.getMessage(REQUIRED.contains(field) ? "import.template.required" : "import.template.optional",
                                null, locale),
                        allowed(field, locale)));
            }
            TableExport.sheet(workbook, messages.getMessage("import.template.sheet", null, locale), List.of(
                    messages.getMessage("import.template.column", null, locale),
                    messages.getMessage("import.template.field", null, locale),
                    messages.getMessage("import.template.requiredHeader", null, locale),
                    messages.getMessage("import.template.values", null, locale)), rows);
            workbook.write(out);
        }
    }

    /** What a column accepts, in the language. */
    private String allowed(String field, Locale locale) {
        Class<?> type = BeanUtils.findPropertyType(field, FacilityInput.class);
        if (type.isEnum()) {
            List<String> values = new ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                String name = ((Enum<?>) constant).name();
                values.add(name + " = " + messages.getMessage("enum." + type.getSimpleName() + "." + name, null, name,
                        locale));
            }
            return String.join("; ", values);
        }
        String key = switch (field) {
            case "latitude", "longitude" -> "facility.hint." + field;
            case "country" -> "import.template.country";
            case "operatorId", "authorityId" -> "import.template.organisation";
            case "code" -> "facility.hint.code";
            default -> type == Boolean.class || type == boolean.class ? "import.template.boolean"
                    : Number.class.isAssignableFrom(type) ? "import.template.number" : "import.template.text";
        };
        return messages.getMessage(key, null, locale);
    }

    private List<String> fieldHeaders(Locale locale) {
        return FIELDS.stream().map(field -> messages.getMessage("facility.field." + field, null, locale)).toList();
    }

    void csv(List<Facility> facilities, Locale locale, OutputStream out) throws IOException {
        TableExport.csv(headers(locale), rows(facilities), out);
    }

    void xlsx(List<Facility> facilities, Locale locale, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            TableExport.sheet(workbook, messages.getMessage("facility.list.title", null, locale), headers(locale),
                    rows(facilities));
            workbook.write(out);
        }
    }

    /**
     * A GeoPackage with one point layer "facilities" in WGS84: a column per field (named as the field, typed by its
     * values: integer, real or text, yes/no as 1/0), as the GeoJSON export.
     */
    byte[] geoPackage(List<Facility> facilities) {
        List<String> names = new ArrayList<>(FIELDS);
        names.addAll(COMPUTED);
        List<List<Object>> rows = rows(facilities);
        List<GeoPackageFile.Column> columns = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            int column = c;
            List<Object> values = rows.stream().map(row -> row.get(column)).filter(v -> v != null).toList();
            GeoPackageFile.Type type = !values.isEmpty() && values.stream().allMatch(v -> v instanceof Integer
                    || v instanceof Long || v instanceof Boolean) ? GeoPackageFile.Type.INTEGER
                    : !values.isEmpty() && values.stream().allMatch(v -> v instanceof Number) ? GeoPackageFile.Type.REAL
                    : GeoPackageFile.Type.TEXT;
            columns.add(new GeoPackageFile.Column(names.get(c), type));
        }
        List<GeoPackageFile.Feature> features = new ArrayList<>();
        for (int i = 0; i < facilities.size(); i++) {
            List<Object> values = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                Object value = rows.get(i).get(c);
                values.add(value == null || columns.get(c).type() != GeoPackageFile.Type.TEXT ? value
                        : String.valueOf(value));
            }
            features.add(new GeoPackageFile.Feature(facilities.get(i).longitude(), facilities.get(i).latitude(), values));
        }
        return GeoPackageFile.write("facilities", "TMF Safety registry export", columns, features);
    }

    /** KML: one placemark per facility, named as the facility, its fields as ExtendedData (as the GeoJSON export). */
    byte[] kml(List<Facility> facilities) {
        List<String> names = new ArrayList<>(FIELDS);
        names.addAll(COMPUTED);
        List<KmlFile.Placemark> placemarks = new ArrayList<>();
        for (Facility facility : facilities) {
            List<Object> values = values(facility);
            Map<String, String> data = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                if (values.get(i) != null) {
                    data.put(names.get(i), String.valueOf(values.get(i)));
                }
            }
            placemarks.add(new KmlFile.Placemark(facility.name(), facility.longitude(), facility.latitude(), data));
        }
        return KmlFile.write("facilities", placemarks);
    }

    /** A GeoJSON FeatureCollection: one point per facility, its fields (values as in the tables) as properties. */
    Map<String, Object> geoJson(List<Facility> facilities) {
        List<String> names = new ArrayList<>(FIELDS);
        names.addAll(COMPUTED);
        List<Map<String, Object>> features = new ArrayList<>();
        for (Facility facility : facilities) {
            List<Object> values = values(facility);
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("id", facility.id());
            for (int i = 0; i < names.size(); i++) {
                if (values.get(i) != null) {
                    properties.put(names.get(i), values.get(i));
                }
            }
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("type", "Feature");
            feature.put("geometry", Map.of("type", "Point", "coordinates", List.of(facility.longitude(), facility.latitude())));
            feature.put("properties", properties);
            features.add(feature);
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        return collection;
    }

    private List<String> headers(Locale locale) {
        List<String> headers = new ArrayList<>(fieldHeaders(locale));
        COMPUTED.forEach(column -> headers.add(messages.getMessage("rating.export." + column, null, locale)));
        return headers;
    }

    private static List<List<Object>> rows(List<Facility> facilities) {
        return facilities.stream().map(FacilityExports::values).toList();
    }

    private static List<Object> values(Facility f) {
        RiskInputs risk = f.riskInputs();
        List<Object> values = new ArrayList<>();
        values.add(f.code());
        values.add(f.name());
        values.add(f.nameRu());
        values.add(f.nameKk());
        values.add(f.siteName());
        values.add(f.operatorId());
        values.add(f.authorityId());
        values.add(f.country());
        values.add(f.region());
        values.add(f.latitude());
        values.add(f.longitude());
        values.add(f.locationApproximate());
        values.add(name(f.status()));
        values.add(name(f.facilityType()));
        values.add(name(f.damRaiseMethod()));
        values.add(f.damHeightM());
        values.add(f.crestLengthM());
        values.add(f.impoundmentAreaHa());
        values.add(f.storedVolumeM3());
        values.add(f.designCapacityM3());
        values.add(f.storedTonnageT());
        values.add(f.designTonnageT());
        values.add(f.annualOreThroughputT());
        values.add(f.throughputYears());
        values.add(f.volumeApproximate());
        values.add(f.commodity());
        values.add(f.hazardousSubstances());
        values.add(name(f.waterHazardClass()));
        values.add(f.yearCommissioned());
        values.add(f.yearClosed());
        values.add(f.nearestWatercourse());
        values.add(f.dataSources());
        values.add(f.notes());
        values.add(f.published());
        values.add(name(risk.managementStatus()));
        values.add(name(risk.floodHazard()));
        values.add(name(risk.seismicHazard()));
        values.add(name(risk.damCondition()));
        values.add(risk.populationAtRisk());
        values.add(risk.drinkingWaterAbstraction());
        values.add(risk.protectedAreaDownstream());
        values.add(name(risk.transboundarySetting()));
        values.add(risk.distanceToSurfaceWaterKm());
        values.add(f.rating().thi());
        values.add(f.rating().hazardClass());
        values.add(f.rating().tri());
        values.add(f.rating().riskClass());
        TransboundarySummary transboundary = f.transboundary();
        values.add(transboundary == null ? null : transboundary.verdict().name());
        values.add(transboundary == null ? null : transboundary.firstForeignCountry());
        values.add(transboundary == null ? null : transboundary.alongRiverKmToBorder());
        return values;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
