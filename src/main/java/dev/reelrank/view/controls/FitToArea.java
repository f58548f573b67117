package dev.reelrank.view.controls;

import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Shows one node at its preferred size magnified, evenly, to fill the room it is given (up to a
 * limit): a head-to-head grid on a slide reads from the back of the room instead of using a third
 * of it. The node is scaled as vectors, so text stays sharp. When the magnification is held back by
 * the height (or the limit), a node that may {@code stretchWidth} is then laid out wider, to take the
 * whole width at that magnification instead of leaving the right of the area empty.
 */
public final class FitToArea extends Region {
    private final Node content;
    private final double maxScale;
    private final boolean stretchWidth;
    private final Scale scale = new Scale(1, 1, 0, 0);
    private boolean wrapsText;

    public FitToArea(Node content, double maxScale) {
        this(content, maxScale, false);
    }

    public FitToArea(Node content, double maxScale, boolean stretchWidth) {
        this.content = content;
        this.maxScale = maxScale;
        this.stretchWidth = stretchWidth;
        content.getTransforms().add(scale);
        getChildren().add(content);
    }

    /**
     * Lines of text that wrap, shrunk only as far as they must to fit, never magnified: shrinking
     * lets each line run wider and so wrap less, which the plain fit does not count on (it shrank a
     * results list to a third of its room).
     */
    public static FitToArea wrappingText(Node content) {
        FitToArea fit = new FitToArea(content, 1.0, true);
        fit.wrapsText = true;
        return fit;
    }

    @Override
    protected void layoutChildren() {
        if (wrapsText) {
            layoutText();
            return;
        }
        double width = content.prefWidth(-1);
        double height = content.prefHeight(width);
        double roomWidth = getWidth() - snappedLeftInset() - snappedRightInset();
        double roomHeight = getHeight() - snappedTopInset() - snappedBottomInset();
        double available = Math.min(roomWidth / width, roomHeight / height);
        double factor = Math.max(0.1, Math.min(maxScale, available));
        if (stretchWidth && roomWidth / factor > width) {
            width = roomWidth / factor;
            height = Math.min(content.prefHeight(width), Math.max(height, roomHeight / factor));
        }
        content.resize(width, height);
        scale.setX(factor);
        scale.setY(factor);
        content.relocate(snappedLeftInset(), snappedTopInset());
    }

    private void layoutText() {
        double roomWidth = getWidth() - snappedLeftInset() - snappedRightInset();
        double roomHeight = getHeight() - snappedTopInset() - snappedBottomInset();
        // The content laid out as wide as the room at a scale, and how tall it then is on the screen:
        // the smaller the scale, the wider and shorter. The largest scale up to 1 that fits.
        double low = 0.1;
        double high = 1;
        if (fitsAt(high, roomWidth, roomHeight)) {
            low = high;
        } else {
            for (int i = 0; i < 12; i++) {
                double middle = (low + high) / 2;
                if (fitsAt(middle, roomWidth, roomHeight)) {
                    low = middle;
                } else {
                    high = middle;
                }
            }
        }
        double width = roomWidth / low;
        content.resize(width, Math.max(content.prefHeight(width), roomHeight / low));
        scale.setX(low);
        scale.setY(low);
        content.relocate(snappedLeftInset(), snappedTopInset());
    }

    private boolean fitsAt(double factor, double roomWidth, double roomHeight) {
        return content.prefHeight(roomWidth / factor) * factor <= roomHeight;
    }

    @Override
    protected double computePrefWidth(double height) {
        return content.prefWidth(-1) + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return content.prefHeight(-1) + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }
}
