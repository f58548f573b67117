package dev.reelrank.view.files;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.input.TransferMode;

/** A project file dropped on the window opens in it; a drop of anything else is refused, and said. */
public final class FileDrop {
    private FileDrop() {}

    public static void install(Scene scene, Consumer<Path> open, Runnable refused) {
        scene.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        scene.setOnDragDropped(event -> {
            List<File> dropped =
                    event.getDragboard().hasFiles() ? event.getDragboard().getFiles() : List.of();
            var project =
                    dropped.stream().filter(f -> f.getName().endsWith(".json")).findFirst();
            project.ifPresentOrElse(file -> open.accept(file.toPath()), refused);
            event.setDropCompleted(project.isPresent());
            event.consume();
        });
    }
}
