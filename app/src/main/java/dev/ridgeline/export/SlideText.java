package dev.ridgeline.export;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.TableCell.BorderEdge;
import org.apache.poi.sl.usermodel.TextShape.TextAutofit;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/** Text boxes and tables on slides, in one type face and the charts' colours, sized by {@link TextFit}. */
final class SlideText {
    /** Arial: on every PowerPoint and Keynote, and LibreOffice sets it in the metric-compatible Liberation Sans. */
    static final String FONT = "Arial";
    static final String SYMBOL_FONT = "Segoe UI Symbol";
    static final Color INK = new Color(0x1F2328);
    static final Color MUTED = new Color(0x57606A);
    static final Color RULE = new Color(0xD0D7DE);
    static final Color HEADER_FILL = new Color(0xF6F8FA);
    static final double CELL_INSET_X = 5;
    static final double CELL_INSET_Y = 3;
    /** Points between the labelled paragraphs of a cell. */
    static final double PARAGRAPH_GAP = 3;

    private SlideText() {
    }

    /** A system's colour as text on the slide or a header row: a shade of it that reaches WCAG AA there. */
    static Color systemInk(int index) {
        return new Color(Legible.shade(dev.ridgeline.charts.Palette.system(index).getRGB() & 0xFFFFFF, 0xFFFFFF,
                HEADER_FILL.getRGB() & 0xFFFFFF));
    }

    /** A text box at {@code anchor}; each line of {@code text} a paragraph. */
    static XSLFTextBox box(XSLFSlide slide, Rectangle2D anchor, String text, double size, boolean bold, Color color) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(anchor);
        box.setInsets(new Insets2D(0, 0, 0, 0));
        box.setWordWrap(true);
        box.setTextAutofit(TextAutofit.NONE);
        box.setVerticalAlignment(VerticalAlignment.TOP);
        fill(box, text, size, bold, color);
        return box;
    }

    /** Replaces the shape's text with {@code text}, one paragraph per line, every run styled alike. */
    static void fill(XSLFTextShape shape, String text, double size, boolean bold, Color color) {
        shape.clearText();
        for (String line : text.split("\n", -1)) {
            XSLFTextParagraph p = shape.addNewTextParagraph();
            p.setSpaceBefore(0d);
            p.setSpaceAfter(0d);
            p.setLineSpacing(100d);
            runs(p, line, size, bold, color);
        }
    }

    /** Adds {@code text} to the paragraph, any ⚠ in a run of its own in a font that has the sign. */
    static void runs(XSLFTextParagraph paragraph, String text, double size, boolean bold, Color color) {
        int start = 0;
        while (start < text.length()) {
            int sign = text.indexOf(ResultsTable.WARNING, start);
            int end = sign < 0 ? text.length() : sign;
            if (end > start) {
                style(paragraph.addNewTextRun(), text.substring(start, end), size, bold, color);
            }
            if (sign < 0) {
                break;
            }
            XSLFTextRun warning = paragraph.addNewTextRun();
            style(warning, ResultsTable.WARNING, size, bold, color);
            // Arial has no ⚠; a whole run falling back would change the face of the words around it too
            warning.setFontFamily(SYMBOL_FONT);
            start = sign + ResultsTable.WARNING.length();
        }
        if (text.isEmpty()) {
            style(paragraph.addNewTextRun(), "", size, bold, color);
        }
    }

    private static void style(XSLFTextRun run, String text, double size, boolean bold, Color color) {
        run.setText(text);
        style(run, size, bold, color);
    }

    static void style(XSLFTextRun run, double size, boolean bold, Color color) {
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setFontColor(color);
    }

    /**
     * Draws {@code table} with its label column {@code labelWidth} wide and the rest shared by the systems; row
     * heights fit their text.
     *
     * @param headerColors the colour of each system's header, in column order
     * @return the table's height in points
     */
    static double table(XSLFSlide slide, DeckTable table, double x, double y, double width, double labelWidth,
            double size, List<Color> headerColors) {
        int columns = table.header().size();
        double systemWidth = (width - labelWidth) / (columns - 1);
        XSLFTable shape = slide.createTable(table.rows().size() + 1, columns);
        shape.getCTTable().getTblPr().setFirstRow(false);
        shape.getCTTable().getTblPr().setBandRow(false);
        shape.setColumnWidth(0, labelWidth);
        for (int c = 1; c < columns; c++) {
            shape.setColumnWidth(c, systemWidth);
        }
        double total = 0;
        for (int c = 0; c < columns; c++) {
            Color color = c == 0 ? INK : headerColors.get(c - 1);
            cell(shape.getCell(0, c), table.header().get(c), size, true, color, HEADER_FILL);
        }
        double headerHeight = rowHeight(table.header().subList(1, columns), size, true, systemWidth);
        shape.setRowHeight(0, headerHeight);
        total += headerHeight;
        for (int r = 0; r < table.rows().size(); r++) {
            DeckTable.Row row = table.rows().get(r);
            int rowIndex = r + 1;
            cell(shape.getCell(rowIndex, 0), row.label(), size, true, MUTED, Color.WHITE);
            for (int c = 1; c < columns; c++) {
                cell(shape.getCell(rowIndex, c), row.cells().get(c - 1), size, false, INK, Color.WHITE);
            }
            double height = Math.max(heightOf(row.label(), size, true, labelWidth),
                    rowHeight(row.cells(), size, false, systemWidth));
            shape.setRowHeight(rowIndex, height);
            total += height;
        }
        shape.setAnchor(new Rectangle2D.Double(x, y, width, total));
        return total;
    }

    /**
     * Draws {@code table} as one column per system with no label column: the inputs that differ between systems
     * go in each system's column, each as a paragraph led by its label in bold; those every system shares go once
     * in a row across all columns. Columns fill independently, so one long source does not stretch the others.
     *
     * @return the table's height in points
     */
    static double columns(XSLFSlide slide, DeckTable table, double x, double y, double width, double size,
            List<Color> headerColors) {
        int systems = table.header().size() - 1;
        double columnWidth = width / systems;
        List<DeckTable.Row> differing = table.rows().stream().filter(r -> !r.uniform()).toList();
        List<DeckTable.Row> shared = table.rows().stream().filter(DeckTable.Row::uniform).toList();
        int rows = 1 + (differing.isEmpty() ? 0 : 1) + (shared.isEmpty() ? 0 : 1);
        XSLFTable shape = slide.createTable(rows, systems);
        shape.getCTTable().getTblPr().setFirstRow(false);
        shape.getCTTable().getTblPr().setBandRow(false);
        for (int c = 0; c < systems; c++) {
            shape.setColumnWidth(c, columnWidth);
            cell(shape.getCell(0, c), table.header().get(c + 1), size, true, headerColors.get(c), HEADER_FILL);
        }
        double[] heights = columnsHeights(table, width, size);
        shape.setRowHeight(0, heights[0]);
        int row = 1;
        if (!differing.isEmpty()) {
            for (int c = 0; c < systems; c++) {
                int system = c;
                labelled(shape.getCell(row, c), differing.stream().map(r -> new String[] {r.label(),
                        r.cells().get(system)}).toList(), size, Color.WHITE);
            }
            shape.setRowHeight(row, heights[1]);
            row++;
        }
        if (!shared.isEmpty()) {
            labelled(shape.getCell(row, 0), shared.stream().map(r -> new String[] {r.label(), r.cells().get(0)})
                    .toList(), size, HEADER_FILL);
            for (int c = 1; c < systems; c++) {
                cell(shape.getCell(row, c), "", size, false, INK, HEADER_FILL);
            }
            if (systems > 1) {
                shape.mergeCells(row, row, 0, systems - 1);
            }
            shape.setRowHeight(row, heights[2]);
        }
        double total = heights[0] + heights[1] + heights[2];
        shape.setAnchor(new Rectangle2D.Double(x, y, width, total));
        return total;
    }

    /** The heights {@link #columns} gives its header, per-system and shared rows (0 for a row it leaves out). */
    static double[] columnsHeights(DeckTable table, double width, double size) {
        int systems = table.header().size() - 1;
        double columnWidth = width / systems;
        double header = rowHeight(table.header().subList(1, systems + 1), size, true, columnWidth);
        double differing = 0;
        for (int c = 0; c < systems; c++) {
            double h = 0;
            for (DeckTable.Row r : table.rows()) {
                if (!r.uniform()) {
                    h += labelledLines(r.label(), r.cells().get(c), size, columnWidth) * size * TextFit.LINE_SPACING;
                }
            }
            differing = Math.max(differing, h == 0 ? 0 : h + 2 * CELL_INSET_Y + PARAGRAPH_GAP * countDiffering(table));
        }
        double shared = 0;
        for (DeckTable.Row r : table.rows()) {
            if (r.uniform()) {
                shared += labelledLines(r.label(), r.cells().get(0), size, width) * size * TextFit.LINE_SPACING
                        + PARAGRAPH_GAP;
            }
        }
        return new double[] {header, differing, shared == 0 ? 0 : shared + 2 * CELL_INSET_Y};
    }

    private static long countDiffering(DeckTable table) {
        return table.rows().stream().filter(r -> !r.uniform()).count();
    }

    private static int labelledLines(String label, String text, double size, double cellWidth) {
        return TextFit.lines(label + ":", text, size, cellWidth - 2 * CELL_INSET_X);
    }

    /** A cell of paragraphs, each {label, text}: "Label: text" with the label bold. */
    private static void labelled(XSLFTableCell cell, List<String[]> items, double size, Color fill) {
        cell(cell, "", size, false, INK, fill);
        cell.clearText();
        for (String[] item : items) {
            XSLFTextParagraph p = cell.addNewTextParagraph();
            p.setSpaceBefore(0d);
            p.setSpaceAfter(-PARAGRAPH_GAP); // negative: points, not a percentage of a line
            p.setLineSpacing(100d);
            XSLFTextRun label = p.addNewTextRun();
            label.setText(item[0] + ": ");
            style(label, size, true, MUTED);
            runs(p, item[1], size, false, INK);
        }
    }

    /** The height {@link #table} gives {@code table}, without drawing it. */
    static double tableHeight(DeckTable table, double width, double labelWidth, double size) {
        int columns = table.header().size();
        double systemWidth = (width - labelWidth) / (columns - 1);
        double total = rowHeight(table.header().subList(1, columns), size, true, systemWidth);
        for (DeckTable.Row row : table.rows()) {
            total += Math.max(heightOf(row.label(), size, true, labelWidth),
                    rowHeight(row.cells(), size, false, systemWidth));
        }
        return total;
    }

    private static double rowHeight(List<String> cells, double size, boolean bold, double width) {
        return cells.stream().mapToDouble(t -> heightOf(t, size, bold, width)).max().orElse(0);
    }

    private static double heightOf(String text, double size, boolean bold, double cellWidth) {
        return TextFit.height(text, size, bold, cellWidth - 2 * CELL_INSET_X) + 2 * CELL_INSET_Y;
    }

    private static void cell(XSLFTableCell cell, String text, double size, boolean bold, Color color, Color fill) {
        fill(cell, text, size, bold, color);
        cell.setLeftInset(CELL_INSET_X);
        cell.setRightInset(CELL_INSET_X);
        cell.setTopInset(CELL_INSET_Y);
        cell.setBottomInset(CELL_INSET_Y);
        cell.setVerticalAlignment(VerticalAlignment.TOP);
        cell.setFillColor(fill);
        for (BorderEdge edge : BorderEdge.values()) {
            cell.removeBorder(edge);
        }
        cell.setBorderColor(BorderEdge.bottom, RULE);
        cell.setBorderWidth(BorderEdge.bottom, 1);
    }
}
