package dev.reelrank.view;

import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Shows one node at its preferred size magnified, evenly, to fill the room it is given (up to a
 * limit): a head-to-head grid on a slide reads from the back of the room instead of using a third
 * of it. The node is scaled as vectors, so text stays sharp.
 */
final class FitToArea extends Region {
    private final Node content;
    private final double maxScale;
    private final Scale scale = new Scale(1, 1, 0, 0);

    FitToArea(Node content, double maxScale) {
        this.content = content;
        this.maxScale = maxScale;
        content.getTransforms().add(scale);
        getChildren().add(content);
    }

    @Override
    protected void layoutChildren() {
        double width = content.prefWidth(-1);
        double height = content.prefHeight(width);
        content.resize(width, height);
        double available = Math.min((getWidth() - snappedLeftInset() - snappedRightInset()) / width,
                (getHeight() - snappedTopInset() - snappedBottomInset()) / height);
        double factor = Math.max(0.1, Math.min(maxScale, available));
        scale.setX(factor);
        scale.setY(factor);
        content.relocate(snappedLeftInset(), snappedTopInset());
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
