package org.tmfsafety.server.system;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes tables as CSV (UTF-8 with a byte order mark, so that Excel reads Cyrillic) and as XLSX sheets (typed
 * numeric cells, bold header). Text that a spreadsheet would take for a formula (starting with =, +, -, @, a tab
 * or a carriage return) is written with a leading apostrophe, so that opening an export never runs anything.
 */
public final class TableExport {

    private TableExport() {
    }

    /** Writes a CSV file: the header, then one record per row. */
    public static void csv(List<String> headers, Iterable<List<Object>> rows, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            printer.printRecord(headers.stream().map(TableExport::safe).toList());
            for (List<Object> row : rows) {
                List<Object> values = new ArrayList<>(row.size());
                row.forEach(value -> values.add(value instanceof String text ? safe(text) : value));
                printer.printRecord(values);
            }
        }
    }

    /** Adds a sheet to the workbook: a bold header, then one row per row, numbers as numeric cells. */
    public static Sheet sheet(Workbook workbook, String name, List<String> headers, Iterable<List<Object>> rows) {
        CellStyle bold = boldStyle(workbook);
        Sheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(bold);
        }
        int rowIndex = 1;
        for (List<Object> values : rows) {
            Row row = sheet.createRow(rowIndex++);
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                if (value instanceof Number number) {
                    row.createCell(i).setCellValue(number.doubleValue());
                }
                else if (value != null) {
                    row.createCell(i).setCellValue(safe(value.toString()));
                }
            }
        }
        return sheet;
    }

    /** A bold cell style of the workbook. */
    public static CellStyle boldStyle(Workbook workbook) {
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        return bold;
    }

    /** The text with a leading apostrophe when a spreadsheet would read it as a formula. */
    public static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
