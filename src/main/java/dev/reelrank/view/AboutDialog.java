package dev.reelrank.view;

import dev.reelrank.viewmodel.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help → About: the version, ReelRank's licence and the notices of what it ships with. */
final class AboutDialog {
    private AboutDialog() {
    }

    static void show(Window owner, Texts texts, String version) {
        Alert about = new Alert(Alert.AlertType.NONE, null, ButtonType.CLOSE);
        about.initOwner(owner);
        about.setTitle(texts.get("about.title"));
        about.setHeaderText(texts.format("about.header", version));
        if (!AppIcon.images().isEmpty()) {
            ImageView icon = new ImageView(AppIcon.images().get(AppIcon.images().size() - 2));
            icon.setFitWidth(64);
            icon.setFitHeight(64);
            about.setGraphic(icon);
        }
        Label what = new Label(texts.get("about.what"));
        what.setWrapText(true);
        Label licence = new Label(texts.get("about.licence"));
        licence.setWrapText(true);
        TextArea notices = new TextArea(notices());
        notices.setId("about-notices");
        notices.setEditable(false);
        notices.setWrapText(true);
        notices.setPrefRowCount(14);
        notices.setPrefColumnCount(70);
        VBox content = new VBox(10, what, licence, new Label(texts.get("about.notices")), notices);
        about.getDialogPane().setContent(content);
        about.getDialogPane().setId("about-dialog");
        MainWindow.styleLike(about.getDialogPane(), owner);
        about.showAndWait();
    }

    private static String notices() {
        try (InputStream in = AboutDialog.class.getResourceAsStream("THIRD-PARTY-NOTICES.md")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
