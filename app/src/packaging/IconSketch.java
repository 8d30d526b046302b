import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/** Draws the app icon (a roofline over a ridge): java app/src/packaging/IconSketch.java OUT.png [SIZE]. */
public class IconSketch {
    public static void main(String[] args) throws Exception {
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 256;
        double s = size / 256.0;
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(s, s);
        g.setPaint(new GradientPaint(0, 0, new Color(0x16, 0x1b, 0x22), 0, 256, new Color(0x0d, 0x11, 0x17)));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 48, 48));
        // the ridge: a mountain silhouette under the roof
        Path2D ridge = new Path2D.Double();
        ridge.moveTo(8, 212);
        ridge.lineTo(70, 150);
        ridge.lineTo(100, 176);
        ridge.lineTo(150, 116);
        ridge.lineTo(186, 150);
        ridge.lineTo(248, 98);
        ridge.lineTo(248, 208);
        ridge.quadTo(248, 248, 208, 248);
        ridge.lineTo(48, 248);
        ridge.quadTo(8, 248, 8, 208);
        ridge.closePath();
        g.setPaint(new GradientPaint(0, 100, new Color(0x00, 0x72, 0xb2), 0, 248, new Color(0x00, 0x3f, 0x63)));
        g.fill(ridge);
        // the roofline: a bandwidth slope up to the knee, then the compute ceiling
        Path2D roof = new Path2D.Double();
        roof.moveTo(40, 196);
        roof.lineTo(124, 64);
        roof.lineTo(220, 64);
        g.setStroke(new BasicStroke(18, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(0xe6, 0xed, 0xf3));
        g.draw(roof);
        g.setColor(new Color(0xf0, 0x88, 0x3e));
        g.fillOval(124 - 15, 64 - 15, 30, 30);
        g.dispose();
        ImageIO.write(img, "png", new File(args[0]));
    }
}
