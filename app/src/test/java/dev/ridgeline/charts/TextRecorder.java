package dev.ridgeline.charts;

import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Image;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.GlyphVector;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.BufferedImageOp;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.renderable.RenderableImage;
import java.text.AttributedCharacterIterator;
import java.util.List;
import java.util.Map;

/**
 * A Graphics2D that draws through to another and records every piece of text drawn: its string, its bounds on the
 * page (logical bounds — advance by ascent + descent — through the transform in force) and its colour. Every text
 * path JFreeChart takes ends in drawString or drawGlyphVector (rotated titles go through a TextLayout).
 */
final class TextRecorder extends Graphics2D {
    /** One piece of text as drawn. */
    record Text(String text, Rectangle2D bounds, Paint paint) {
    }

    private final Graphics2D g;
    private final List<Text> texts;

    TextRecorder(Graphics2D g, List<Text> texts) {
        this.g = g;
        this.texts = texts;
    }

    private void record(String text, Rectangle2D logical, float x, float y) {
        if (text.isBlank()) {
            return;
        }
        Rectangle2D local = new Rectangle2D.Double(x + logical.getX(), y + logical.getY(), logical.getWidth(),
                logical.getHeight());
        texts.add(new Text(text, g.getTransform().createTransformedShape(local).getBounds2D(), g.getPaint()));
    }

    @Override
    public void drawString(String s, float x, float y) {
        record(s, g.getFont().getStringBounds(s, g.getFontRenderContext()), x, y);
        g.drawString(s, x, y);
    }

    @Override
    public void drawString(String s, int x, int y) {
        drawString(s, (float) x, (float) y);
    }

    @Override
    public void drawString(AttributedCharacterIterator it, float x, float y) {
        StringBuilder s = new StringBuilder();
        for (char c = it.first(); c != AttributedCharacterIterator.DONE; c = it.next()) {
            s.append(c);
        }
        if (s.length() > 0) {
            TextLayout layout = new TextLayout(it, g.getFontRenderContext());
            record(s.toString(), new Rectangle2D.Double(0, -layout.getAscent(), layout.getAdvance(),
                    layout.getAscent() + layout.getDescent() + layout.getLeading()), x, y);
        }
        g.drawString(it, x, y);
    }

    @Override
    public void drawString(AttributedCharacterIterator it, int x, int y) {
        drawString(it, (float) x, (float) y);
    }

    @Override
    public void drawChars(char[] data, int offset, int length, int x, int y) {
        drawString(new String(data, offset, length), x, y);
    }

    @Override
    public void drawBytes(byte[] data, int offset, int length, int x, int y) {
        drawString(new String(data, offset, length, java.nio.charset.StandardCharsets.ISO_8859_1), x, y);
    }

    @Override
    public void drawGlyphVector(GlyphVector gv, float x, float y) {
        record(text(gv), gv.getLogicalBounds(), x, y);
        g.drawGlyphVector(gv, x, y);
    }

    /** The text of a glyph vector, read back through its font's glyph codes ('?' for a glyph not in the table). */
    private static String text(GlyphVector gv) {
        Map<Integer, Character> chars = new java.util.HashMap<>();
        String alphabet = "×·–…●■▲○◆±µ→ ";
        for (char c = 32; c < 127; c++) {
            alphabet += c;
        }
        GlyphVector all = gv.getFont().createGlyphVector(gv.getFontRenderContext(), alphabet);
        for (int i = 0; i < alphabet.length(); i++) {
            chars.putIfAbsent(all.getGlyphCode(i), alphabet.charAt(i));
        }
        StringBuilder s = new StringBuilder();
        for (int code : gv.getGlyphCodes(0, gv.getNumGlyphs(), null)) {
            s.append(chars.getOrDefault(code, '?'));
        }
        return s.toString();
    }

    // plain delegation below (generated from Graphics2D's abstract methods)

    @Override
    public Graphics create() {
        return new TextRecorder((Graphics2D) g.create(), texts);
    }

    @Override public void scale(double a0, double a1) { g.scale(a0, a1); }
    @Override public void fill(Shape a0) { g.fill(a0); }
    @Override public void transform(AffineTransform a0) { g.transform(a0); }
    @Override public void rotate(double a0, double a1, double a2) { g.rotate(a0, a1, a2); }
    @Override public void rotate(double a0) { g.rotate(a0); }
    @Override public boolean hit(Rectangle a0, Shape a1, boolean a2) { return g.hit(a0, a1, a2); }
    @Override public Paint getPaint() { return g.getPaint(); }
    @Override public void setPaint(Paint a0) { g.setPaint(a0); }
    @Override public void draw(Shape a0) { g.draw(a0); }
    @Override public boolean drawImage(Image a0, AffineTransform a1, ImageObserver a2)
            { return g.drawImage(a0, a1, a2); }
    @Override public void drawImage(BufferedImage a0, BufferedImageOp a1, int a2, int a3)
            { g.drawImage(a0, a1, a2, a3); }
    @Override public void drawRenderedImage(RenderedImage a0, AffineTransform a1)
            { g.drawRenderedImage(a0, a1); }
    @Override public void drawRenderableImage(RenderableImage a0, AffineTransform a1)
            { g.drawRenderableImage(a0, a1); }
    @Override public GraphicsConfiguration getDeviceConfiguration() { return g.getDeviceConfiguration(); }
    @Override public void setComposite(Composite a0) { g.setComposite(a0); }
    @Override public void setStroke(Stroke a0) { g.setStroke(a0); }
    @Override public void setRenderingHint(RenderingHints.Key a0, Object a1) { g.setRenderingHint(a0, a1); }
    @Override public Object getRenderingHint(RenderingHints.Key a0) { return g.getRenderingHint(a0); }
    @Override public void setRenderingHints(Map<?, ?> a0) { g.setRenderingHints(a0); }
    @Override public void addRenderingHints(Map<?, ?> a0) { g.addRenderingHints(a0); }
    @Override public RenderingHints getRenderingHints() { return g.getRenderingHints(); }
    @Override public void translate(double a0, double a1) { g.translate(a0, a1); }
    @Override public void translate(int a0, int a1) { g.translate(a0, a1); }
    @Override public void shear(double a0, double a1) { g.shear(a0, a1); }
    @Override public void setTransform(AffineTransform a0) { g.setTransform(a0); }
    @Override public AffineTransform getTransform() { return g.getTransform(); }
    @Override public Composite getComposite() { return g.getComposite(); }
    @Override public void setBackground(Color a0) { g.setBackground(a0); }
    @Override public Color getBackground() { return g.getBackground(); }
    @Override public Stroke getStroke() { return g.getStroke(); }
    @Override public void clip(Shape a0) { g.clip(a0); }
    @Override public java.awt.font.FontRenderContext getFontRenderContext() { return g.getFontRenderContext(); }
    @Override public void setColor(Color a0) { g.setColor(a0); }
    @Override public void dispose() { g.dispose(); }
    @Override public Color getColor() { return g.getColor(); }
    @Override public void fillRect(int a0, int a1, int a2, int a3) { g.fillRect(a0, a1, a2, a3); }
    @Override public boolean drawImage(Image a0, int a1, int a2, int a3, int a4, int a5, int a6, int a7, int a8,
            ImageObserver a9)
            { return g.drawImage(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9); }
    @Override public boolean drawImage(Image a0, int a1, int a2, ImageObserver a3)
            { return g.drawImage(a0, a1, a2, a3); }
    @Override public boolean drawImage(Image a0, int a1, int a2, Color a3, ImageObserver a4)
            { return g.drawImage(a0, a1, a2, a3, a4); }
    @Override public boolean drawImage(Image a0, int a1, int a2, int a3, int a4, ImageObserver a5)
            { return g.drawImage(a0, a1, a2, a3, a4, a5); }
    @Override public boolean drawImage(Image a0, int a1, int a2, int a3, int a4, int a5, int a6, int a7, int a8,
            Color a9, ImageObserver a10)
            { return g.drawImage(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10); }
    @Override public boolean drawImage(Image a0, int a1, int a2, int a3, int a4, Color a5, ImageObserver a6)
            { return g.drawImage(a0, a1, a2, a3, a4, a5, a6); }
    @Override public void clipRect(int a0, int a1, int a2, int a3) { g.clipRect(a0, a1, a2, a3); }
    @Override public Font getFont() { return g.getFont(); }
    @Override public FontMetrics getFontMetrics(Font a0) { return g.getFontMetrics(a0); }
    @Override public void drawLine(int a0, int a1, int a2, int a3) { g.drawLine(a0, a1, a2, a3); }
    @Override public void drawPolygon(int[] a0, int[] a1, int a2) { g.drawPolygon(a0, a1, a2); }
    @Override public void fillPolygon(int[] a0, int[] a1, int a2) { g.fillPolygon(a0, a1, a2); }
    @Override public Rectangle getClipBounds() { return g.getClipBounds(); }
    @Override public void setPaintMode() { g.setPaintMode(); }
    @Override public void setXORMode(Color a0) { g.setXORMode(a0); }
    @Override public void setFont(Font a0) { g.setFont(a0); }
    @Override public void setClip(int a0, int a1, int a2, int a3) { g.setClip(a0, a1, a2, a3); }
    @Override public void setClip(Shape a0) { g.setClip(a0); }
    @Override public Shape getClip() { return g.getClip(); }
    @Override public void copyArea(int a0, int a1, int a2, int a3, int a4, int a5)
            { g.copyArea(a0, a1, a2, a3, a4, a5); }
    @Override public void clearRect(int a0, int a1, int a2, int a3) { g.clearRect(a0, a1, a2, a3); }
    @Override public void drawRoundRect(int a0, int a1, int a2, int a3, int a4, int a5)
            { g.drawRoundRect(a0, a1, a2, a3, a4, a5); }
    @Override public void fillRoundRect(int a0, int a1, int a2, int a3, int a4, int a5)
            { g.fillRoundRect(a0, a1, a2, a3, a4, a5); }
    @Override public void drawOval(int a0, int a1, int a2, int a3) { g.drawOval(a0, a1, a2, a3); }
    @Override public void fillOval(int a0, int a1, int a2, int a3) { g.fillOval(a0, a1, a2, a3); }
    @Override public void drawArc(int a0, int a1, int a2, int a3, int a4, int a5) { g.drawArc(a0, a1, a2, a3, a4, a5); }
    @Override public void fillArc(int a0, int a1, int a2, int a3, int a4, int a5) { g.fillArc(a0, a1, a2, a3, a4, a5); }
    @Override public void drawPolyline(int[] a0, int[] a1, int a2) { g.drawPolyline(a0, a1, a2); }
}
