package org.tmfsafety.server.rating;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tmfsafety.methodology.profile.IndexDefinition;
import org.tmfsafety.methodology.profile.MethodologyProfile;
import org.tmfsafety.methodology.profile.TermDefinition;
import org.tmfsafety.server.country.Countries;
import org.tmfsafety.server.methodology.IndexClasses;
import org.tmfsafety.server.methodology.MethodologyProfiles;
import org.tmfsafety.server.system.TableExport;

/**
 * Writes the rating list as CSV (UTF-8 with BOM, for Excel) and XLSX (typed numeric cells; a second sheet
 * with the methodology profile and the basis of each term), headers in the user's language.
 */
@Component
class RatingExports {

    private static final List<String> COLUMNS = List.of("rank", "code", "name", "country", "region", "status", "operator",
            "storedVolumeM3", "damHeightM", "thiLow", "thi", "hazardClassLow", "hazardClass", "thiCompleteness", "triLow",
            "tri", "riskClassLow", "riskClass", "triCompleteness", "tighteners", "profile", "transboundary",
            "firstForeignCountry", "alongRiverKmToBorder");

    private final MessageSource messages;

    private final Countries countries;

    private final MethodologyProfiles profiles;

    private final IndexClasses classes;

    RatingExports(MessageSource messages, Countries countries, MethodologyProfiles profiles, IndexClasses classes) {
        this.messages = messages;
        this.countries = countries;
        this.profiles = profiles;
        this.classes = classes;
    }

    void csv(List<RatingItem> items, Locale locale, OutputStream out) throws IOException {
        TableExport.csv(headers(locale), items.stream().map(item -> values(item, locale)).toList(), out);
    }

    void xlsx(List<RatingItem> items, Locale locale, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            TableExport.sheet(workbook, message("rating.sheet.ratings", locale), headers(locale),
                    items.stream().map(item -> values(item, locale)).toList());
            profileSheet(workbook.createSheet(message("rating.sheet.profile", locale)), TableExport.boldStyle(workbook),
                    locale);
            workbook.write(out);
        }
    }

    private void profileSheet(Sheet sheet, CellStyle bold, Locale locale) {
        MethodologyProfile profile = profiles.defaultProfile();
        int rowIndex = 0;
        rowIndex = line(sheet, rowIndex, bold, message("rating.sheet.profileId", locale), profile.id().toString());
        rowIndex = line(sheet, rowIndex, null, profile.title(), null);
        rowIndex = line(sheet, rowIndex, null, profile.description(), null);
        rowIndex++;
        Row header = sheet.createRow(rowIndex++);
        String[] titles = { message("rating.sheet.index", locale), message("rating.column.term", locale),
                message("rating.column.input", locale), message("rating.column.basis", locale) };
        for (int i = 0; i < titles.length; i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(titles[i]);
            cell.setCellStyle(bold);
        }
        for (String code : List.of("THI", "TRI")) {
            IndexDefinition index = profile.index(code).orElseThrow();
            for (TermDefinition term : index.terms()) {
                Row row = sheet.createRow(rowIndex++);
                row.createCell(0).setCellValue(code);
                row.createCell(1).setCellValue(message("methodology.term." + term.code(), locale));
                row.createCell(2).setCellValue(term.input());
                row.createCell(3).setCellValue(term.provenance().provisional()
                        ? message("rating.provisionalBecause", locale, term.provenance().provisionalReason())
                        : term.provenance().source());
            }
        }
    }

    private static int line(Sheet sheet, int rowIndex, CellStyle style, String first, String second) {
        Row row = sheet.createRow(rowIndex);
        Cell cell = row.createCell(0);
        cell.setCellValue(first);
        if (style != null) {
            cell.setCellStyle(style);
        }
        if (second != null) {
            row.createCell(1).setCellValue(second);
        }
        return rowIndex + 1;
    }

    private List<String> headers(Locale locale) {
        return COLUMNS.stream().map(column -> message("rating.export." + column, locale)).toList();
    }

    private List<Object> values(RatingItem item, Locale locale) {
        List<Object> values = new ArrayList<>();
        values.add(item.rank());
        values.add(item.code());
        values.add(item.name());
        values.add(countries.name(item.country(), locale));
        values.add(item.region());
        values.add(message("enum.FacilityStatus." + item.status(), locale));
        values.add(item.operator());
        values.add(item.storedVolumeM3());
        values.add(item.damHeightM());
        if (item.thi() == null) {
            values.add(null);
            values.add(null);
            values.add(null);
            values.add(message("rating.notRateable.short", locale));
        }
        else {
            values.add(item.thiLow());
            values.add(item.thi());
            values.add(classLabel(item, "THI", item.hazardClassLow(), locale));
            values.add(classLabel(item, "THI", item.hazardClass(), locale));
        }
        values.add(item.thiCompleteness());
        values.add(item.triLow());
        values.add(item.tri());
        values.add(classLabel(item, "TRI", item.riskClassLow(), locale));
        values.add(classLabel(item, "TRI", item.riskClass(), locale));
        values.add(item.triCompleteness());
        values.add(item.tighteners().stream()
            .map(tightener -> message("facility.field." + tightener.input(), locale)
                    + (tightener.couldChangeClass() ? " *" : ""))
            .collect(java.util.stream.Collectors.joining("; ")));
        values.add(item.profile() == null ? null : item.profile().toString());
        values.add(item.transboundaryVerdict() == null ? null
                : message("transboundary.verdict." + item.transboundaryVerdict(), locale));
        values.add(item.firstForeignCountry() == null ? null : countries.name(item.firstForeignCountry(), locale));
        values.add(item.alongRiverKmToBorder());
        return values;
    }

    /** A class's label from the profile that rated the facility. */
    private String classLabel(RatingItem item, String index, String indexClass, Locale locale) {
        return indexClass == null ? null : classes.stored(item.profile(), index, indexClass, locale).label();
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

}
