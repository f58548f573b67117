package dev.reelrank.view;

import dev.reelrank.view.controls.AppIcon;
import dev.reelrank.view.settings.ThemeManager;
import dev.reelrank.viewmodel.text.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help → About: the version, ReelRank's licence and the notices of what it ships with. */
final class AboutDialog {
    private AboutDialog() {}

    static void show(Window owner, Texts texts, String version) {
        // The window's own words: JavaFX's built-in Close follows the JVM's locale, not the UI language.
        Alert about = new Alert(
                Alert.AlertType.NONE,
                null,
                new ButtonType(texts.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
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
        ThemeManager.styleLike(about.getDialogPane(), owner);
        about.showAndWait();
    }

    private static String notices() {
        try (InputStream in = AboutDialog.class.getResourceAsStream("THIRD-PARTY-NOTICES.md")) {
            return in == null ? "" : readable(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return "";
        }
    }

    /** The notices file is Markdown for the repository; the dialog shows it as plain text. */
    static String readable(String markdown) {
        StringBuilder text = new StringBuilder();
        boolean header = true;
        for (String line : markdown.lines().toList()) {
            if (line.startsWith("# ")) {
                continue;
            }
            if (line.startsWith("|")) {
                String[] cells = line.substring(1, line.length() - (line.endsWith("|") ? 1 : 0))
                        .split("\\|", -1);
                if (line.startsWith("|---")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                text.append("\u2022 ")
                        .append(cells[0].strip())
                        .append(", version ")
                        .append(cells[1].strip())
                        .append(": ")
                        .append(cells[2].strip())
                        .append('\n');
                continue;
            }
            text.append(line.replace("`", "")).append('\n');
        }
        return text.toString().strip();
    }
}
