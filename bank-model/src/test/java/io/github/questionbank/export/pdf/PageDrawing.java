package io.github.questionbank.export.pdf;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * Where things are drawn on a page, in PDF user space (points, origin at the bottom left): the
 * images with their pixel size, the filled or stroked paths, and every glyph of text.
 */
final class PageDrawing {

  /** An image as drawn: where, and its size in pixels. */
  record DrawnImage(Rectangle2D box, int pixelWidth, int pixelHeight) {}

  /** A glyph as text extraction sees it, in user space. */
  record Glyph(String text, String font, float x, float width, float baseline) {}

  final List<DrawnImage> images = new ArrayList<>();
  final List<Rectangle2D> paths = new ArrayList<>();
  final List<Glyph> glyphs = new ArrayList<>();

  private PageDrawing() {}

  static PageDrawing of(PDDocument document, int pageNumber) throws IOException {
    PageDrawing drawing = new PageDrawing();
    PDPage page = document.getPage(pageNumber - 1);
    new Engine(page, drawing).processPage(page);
    float height = page.getMediaBox().getHeight();
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> positions) {
            for (TextPosition position : positions) {
              drawing.glyphs.add(
                  new Glyph(
                      position.getUnicode(),
                      position.getFont().getName(),
                      position.getXDirAdj(),
                      position.getWidthDirAdj(),
                      height - position.getYDirAdj()));
            }
          }
        };
    stripper.setStartPage(pageNumber);
    stripper.setEndPage(pageNumber);
    stripper.getText(document);
    return drawing;
  }

  /** Records images and painted paths; clipping paths are not drawn and are left out. */
  private static final class Engine extends PDFGraphicsStreamEngine {

    private final PageDrawing drawing;
    private Rectangle2D path;
    private final Point2D.Float current = new Point2D.Float();

    Engine(PDPage page, PageDrawing drawing) {
      super(page);
      this.drawing = drawing;
    }

    private void extend(double x, double y) {
      if (path == null) {
        path = new Rectangle2D.Double(x, y, 0, 0);
      } else {
        path.add(x, y);
      }
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
      for (Point2D p : new Point2D[] {p0, p1, p2, p3}) {
        extend(p.getX(), p.getY());
      }
    }

    @Override
    public void drawImage(PDImage image) {
      Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
      Rectangle2D box = new Rectangle2D.Double(ctm.getTranslateX(), ctm.getTranslateY(), 0, 0);
      box.add(
          ctm.getTranslateX() + ctm.getScalingFactorX(),
          ctm.getTranslateY() + ctm.getScalingFactorY());
      if (image instanceof PDImageXObject xobject) {
        drawing.images.add(new DrawnImage(box, xobject.getWidth(), xobject.getHeight()));
      } else {
        drawing.images.add(new DrawnImage(box, image.getWidth(), image.getHeight()));
      }
    }

    @Override
    public void clip(int windingRule) {}

    @Override
    public void moveTo(float x, float y) {
      extend(x, y);
      current.setLocation(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
      extend(x, y);
      current.setLocation(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
      extend(x1, y1);
      extend(x2, y2);
      extend(x3, y3);
      current.setLocation(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
      return current;
    }

    @Override
    public void closePath() {}

    @Override
    public void endPath() {
      path = null;
    }

    private void paint() {
      if (path != null) {
        drawing.paths.add(path);
      }
      path = null;
    }

    @Override
    public void strokePath() {
      paint();
    }

    @Override
    public void fillPath(int windingRule) {
      paint();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
      paint();
    }

    @Override
    public void shadingFill(COSName shadingName) {}
  }
}
