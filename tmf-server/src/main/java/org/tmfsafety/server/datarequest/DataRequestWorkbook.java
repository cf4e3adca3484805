package org.tmfsafety.server.datarequest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.tmfsafety.server.system.InvalidInputException;
import org.tmfsafety.server.system.TableExport;

/**
 * A data request's items as a workbook to fill offline: one row per item the operator may answer, pre-filled with
 * the current value and any earlier answer, choices offered as drop-down lists of their labels in the user's
 * language (listed on a second sheet). Reading it back takes the item number, its version and the answer and source
 * columns of the first sheet; rows without an answer are left alone.
 */
@Component
class DataRequestWorkbook {

    /** Columns of the first sheet. */
    static final int ITEM = 0;

    static final int VERSION = 1;

    static final int ANSWER = 6;

    static final int SOURCE = 7;

    private static final List<String> HEADERS = List.of("datarequest.column.item", "datarequest.column.version",
            "datarequest.column.facilityCode", "datarequest.column.facility", "datarequest.column.field",
            "datarequest.column.current", "datarequest.column.answer",
            "datarequest.column.source", "datarequest.column.status", "datarequest.column.reason");

    private final AskableFields fields;

    private final MessageSource messages;

    DataRequestWorkbook(AskableFields fields, MessageSource messages) {
        this.fields = fields;
        this.messages = messages;
    }

    /** Writes the workbook of the items (those already accepted are left out). */
    void write(DataRequest request, List<RequestItem> items, Map<Long, String> currentValues, Locale locale,
            OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            List<List<Object>> rows = new ArrayList<>();
            List<RequestItem> answerable = items.stream().filter(RequestItem::answerable).toList();
            for (RequestItem item : answerable) {
                List<Object> row = new ArrayList<>();
                row.add(item.id());
                row.add(item.version());
                row.add(item.facilityCode());
                row.add(item.facilityName().in(locale));
                row.add(fields.label(item.field(), locale));
                row.add(cell(item.field(), currentValues.get(item.id()), locale));
                row.add(cell(item.field(), item.answer(), locale));
                row.add(item.source());
                row.add(messages.getMessage("enum.DataRequestItemStatus." + item.status(), null, locale));
                row.add(item.reason());
                rows.add(row);
            }
            String title = messages.getMessage("datarequest.workbook.sheet", null, locale);
            Sheet sheet = TableExport.sheet(workbook, title, HEADERS.stream()
                .map(key -> messages.getMessage(key, null, locale)).toList(), rows);
            sheet.setColumnHidden(VERSION, true);
            sheet.createFreezePane(0, 1);
            Map<String, String> ranges = optionsSheet(workbook, answerable, locale);
            DataValidationHelper helper = sheet.getDataValidationHelper();
            for (int i = 0; i < answerable.size(); i++) {
                String range = ranges.get(answerable.get(i).field());
                if (range != null) {
                    DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(range),
                            new CellRangeAddressList(i + 1, i + 1, ANSWER, ANSWER));
                    validation.setShowErrorBox(true);
                    sheet.addValidationData(validation);
                }
            }
            for (int column = 2; column < HEADERS.size(); column++) {
                sheet.setColumnWidth(column, column == 3 || column == SOURCE ? 40 * 256 : 18 * 256);
            }
            workbook.write(out);
        }
    }

    /** A value as the sheet shows it: numbers as numeric cells, choices as their labels. */
    private Object cell(String field, String value, Locale locale) {
        if (value == null) {
            return null;
        }
        return switch (fields.find(field).orElseThrow().kind()) {
            case NUMBER, WHOLE_NUMBER -> Double.valueOf(value);
            case CHOICE, YES_NO -> fields.display(field, value, locale);
        };
    }

    /** The second sheet: each choice field's labels in a column; returns each field's range for the drop-downs. */
    private Map<String, String> optionsSheet(XSSFWorkbook workbook, List<RequestItem> items, Locale locale) {
        List<String> choiceFields = fields.ordered(items.stream().map(RequestItem::field)
            .filter(field -> fields.find(field).orElseThrow().kind() != AskableFields.Kind.NUMBER
                    && fields.find(field).orElseThrow().kind() != AskableFields.Kind.WHOLE_NUMBER)
            .toList());
        String name = messages.getMessage("datarequest.workbook.options", null, locale);
        Sheet sheet = workbook.createSheet(name);
        CellStyle bold = TableExport.boldStyle(workbook);
        Row header = sheet.createRow(0);
        Map<String, String> ranges = new LinkedHashMap<>();
        for (int column = 0; column < choiceFields.size(); column++) {
            String field = choiceFields.get(column);
            Cell cell = header.createCell(column);
            cell.setCellValue(fields.label(field, locale));
            cell.setCellStyle(bold);
            List<String> options = fields.options(field);
            for (int i = 0; i < options.size(); i++) {
                Row row = sheet.getRow(i + 1) == null ? sheet.createRow(i + 1) : sheet.getRow(i + 1);
                row.createCell(column).setCellValue(fields.optionLabel(field, options.get(i), locale));
            }
            sheet.setColumnWidth(column, 30 * 256);
            String letter = CellReference.convertNumToColString(column);
            ranges.put(field, "'" + name.replace("'", "''") + "'!$" + letter + "$2:$" + letter + "$" + (options.size() + 1));
        }
        return ranges;
    }

    /**
     * Reads the answers of a filled workbook: rows with an answer, each with its item number and version.
     *
     * @throws InvalidInputException when the file is not such a workbook or a row's item number is unreadable
     */
    List<Answer> read(byte[] data, Locale locale) {
        Errors errors = new BeanPropertyBindingResult(new Upload(null), "upload");
        List<Answer> answers = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(data))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                String answer = text(row, ANSWER, formatter);
                if (answer.isEmpty()) {
                    continue;
                }
                int number = row.getRowNum() + 1;
                Long item = whole(text(row, ITEM, formatter));
                Long version = whole(text(row, VERSION, formatter));
                if (item == null || version == null) {
                    errors.rejectValue("file", "datarequest.workbook.rowUnreadable", new Object[] { number }, null);
                    continue;
                }
                answers.add(new Answer(item, version.intValue(), answer, text(row, SOURCE, formatter), number));
            }
        }
        catch (IOException | RuntimeException ex) {
            errors.rejectValue("file", "datarequest.workbook.unreadable");
        }
        if (errors.hasErrors()) {
            throw new InvalidInputException(errors);
        }
        if (answers.isEmpty()) {
            errors.rejectValue("file", "datarequest.workbook.empty");
            throw new InvalidInputException(errors);
        }
        return answers;
    }

    /** The uploaded workbook, as the object its errors refer to. */
    record Upload(byte[] file) {
    }

    private static String text(Row row, int column, DataFormatter formatter) {
        Cell cell = row.getCell(column);
        return cell == null ? "" : formatter.formatCellValue(cell).strip();
    }

    private static Long whole(String text) {
        try {
            return Long.valueOf(text);
        }
        catch (NumberFormatException ex) {
            return null;
        }
    }
}
