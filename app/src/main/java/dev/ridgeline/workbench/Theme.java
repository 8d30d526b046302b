package dev.ridgeline.workbench;

import java.net.URL;
import javafx.scene.Scene;

/** Applies the stylesheet shipped from assets/theme. */
public final class Theme {
    private static final String STYLESHEET = "/ridgeline/theme/ridgeline.css";

    private Theme() {
    }

    public static void apply(Scene scene) {
        URL css = Theme.class.getResource(STYLESHEET);
        if (css != null) {
            scene.getStylesheets().add(css.toExternalForm());
        }
    }
}
