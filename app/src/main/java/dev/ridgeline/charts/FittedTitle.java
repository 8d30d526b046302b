package dev.ridgeline.charts;

import java.awt.Font;
import java.awt.Graphics2D;
import java.util.List;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.event.TitleChangeEvent;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Size2D;

/**
 * A subtitle that stays on one line where it can: laid out, it shows the first of its forms (longest first) that
 * fits the chart's width, and wraps only the last. A key wrapping onto a second line at 620 px cost the plot its
 * height in presenter mode. {@link #getText()} is always the full form.
 */
class FittedTitle extends TextTitle {
    private List<String> forms;
    private String shown;
    private boolean quiet;

    FittedTitle(List<String> forms, Font font) {
        super(forms.get(0), font);
        this.forms = List.copyOf(forms);
        shown = forms.get(0);
    }

    /** The full text and its shorter forms, longest first; the chart redraws. */
    void setForms(List<String> value) {
        forms = List.copyOf(value);
        shown = forms.get(0);
        super.setText(shown);
    }

    /** One form only: this text, wrapped where it does not fit. */
    @Override
    public void setText(String text) {
        setForms(List.of(text));
    }

    @Override
    public String getText() {
        return forms == null ? super.getText() : forms.get(0);
    }

    @Override
    public Size2D arrange(Graphics2D g2, RectangleConstraint constraint) {
        double room = trimToContentWidth(constraint.getWidthRange() != null ? constraint.getWidthRange()
                .getUpperBound() : constraint.getWidth());
        String form = forms.get(forms.size() - 1);
        for (String f : forms) {
            if (getFont().getStringBounds(f, g2.getFontRenderContext()).getWidth() <= room) {
                form = f;
                break;
            }
        }
        if (!form.equals(shown)) {
            shown = form;
            quiet = true; // a layout choice, not a change to redraw for
            try {
                super.setText(form);
            } finally {
                quiet = false;
            }
        }
        return super.arrange(g2, constraint);
    }

    @Override
    protected void notifyListeners(TitleChangeEvent event) {
        if (!quiet) {
            super.notifyListeners(event);
        }
    }
}
