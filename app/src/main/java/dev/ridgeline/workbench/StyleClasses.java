package dev.ridgeline.workbench;

import javafx.scene.Node;

/** Style-class state set only when it changes: every add or remove restyles the node and its subtree. */
final class StyleClasses {
    private StyleClasses() {
    }

    static void set(Node node, String styleClass, boolean on) {
        boolean has = node.getStyleClass().contains(styleClass);
        if (on && !has) {
            node.getStyleClass().add(styleClass);
        } else if (!on && has) {
            node.getStyleClass().remove(styleClass);
        }
    }
}
