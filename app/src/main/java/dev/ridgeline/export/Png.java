package dev.ridgeline.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/**
 * Opaque pictures as 8-bit RGB PNG, read straight from the image's pixel array. JDK 17's ImageIO writer copies
 * every row into a new raster, unpacks it sample by sample and tries five filters on it, which made it half of a
 * cold export (issue 16); charts are mostly flat colour, where unfiltered rows compress as small.
 */
public final class Png {
    /**
     * zlib level 4, as ImageIO: on the deck's pictures it makes the same size as ImageIO in about half the time; levels
     * 1–3 (zlib's fast matcher) are faster again but ~37 % larger.
     */
    static final int LEVEL = 4;
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** Rows filtered and handed to the deflater at a time. */
    private static final int BAND = 32;

    private Png() {
    }

    /** The image as PNG bytes; images other than {@link BufferedImage#TYPE_INT_RGB} go through ImageIO. */
    public static byte[] encode(BufferedImage image) {
        return encode(image, LEVEL);
    }

    static byte[] encode(BufferedImage image, int level) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB
                || !(image.getSampleModel() instanceof SinglePixelPackedSampleModel model)) {
            return imageIo(image);
        }
        int width = image.getWidth();
        int height = image.getHeight();
        DataBufferInt buffer = (DataBufferInt) image.getRaster().getDataBuffer();
        int[] pixels = buffer.getData();
        int stride = model.getScanlineStride();
        int offset = buffer.getOffset() - image.getRaster().getSampleModelTranslateX()
                - image.getRaster().getSampleModelTranslateY() * stride;
        int rowBytes = 1 + 3 * width;
        byte[] band = new byte[rowBytes * BAND];
        Deflater deflater = new Deflater(level);
        ByteArrayOutputStream idat = new ByteArrayOutputStream(width * height / 4);
        byte[] chunk = new byte[64 * 1024];
        try {
            for (int y = 0; y < height; y += BAND) {
                int rows = Math.min(BAND, height - y);
                int i = 0;
                for (int r = 0; r < rows; r++) {
                    band[i++] = 0; // filter "none": on flat chart colours deflate's own matching does as well
                    int from = offset + (y + r) * stride;
                    for (int x = from, end = from + width; x < end; x++) {
                        int rgb = pixels[x];
                        band[i++] = (byte) (rgb >> 16);
                        band[i++] = (byte) (rgb >> 8);
                        band[i++] = (byte) rgb;
                    }
                }
                deflater.setInput(band, 0, rows * rowBytes);
                while (!deflater.needsInput()) {
                    idat.write(chunk, 0, deflater.deflate(chunk));
                }
            }
            deflater.finish();
            while (!deflater.finished()) {
                idat.write(chunk, 0, deflater.deflate(chunk));
            }
        } finally {
            deflater.end();
        }
        byte[] data = idat.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 64);
        out.writeBytes(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8; // bits per sample
        header[9] = 2; // truecolour
        chunk(out, "IHDR", header);
        chunk(out, "IDAT", data);
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** A 1×1 PNG whose one pixel is {@code rgb}: distinct stand-ins for pictures still being encoded. */
    static byte[] placeholder(int rgb) {
        BufferedImage pixel = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        pixel.setRGB(0, 0, rgb);
        return encode(pixel);
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        byte[] word = new byte[4];
        putInt(word, 0, data.length);
        out.writeBytes(word);
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        putInt(word, 0, (int) crc.getValue());
        out.writeBytes(word);
    }

    private static void putInt(byte[] bytes, int at, int value) {
        bytes[at] = (byte) (value >>> 24);
        bytes[at + 1] = (byte) (value >>> 16);
        bytes[at + 2] = (byte) (value >>> 8);
        bytes[at + 3] = (byte) value;
    }

    private static byte[] imageIo(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
