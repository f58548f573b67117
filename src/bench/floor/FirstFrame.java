import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The floor under ReelRank's start (src/bench/javafx-floor.sh): the least a JavaFX window can be, one
 * label in a window of the main window's first size, started on the same runtime with the same JVM
 * options and an AOT cache of its own. With -Dfloor.exitAfterMs=N it closes itself (for training).
 */
public final class FirstFrame extends Application {
    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("JavaFX floor");
        stage.setScene(new Scene(new StackPane(new Label("The least a JavaFX window can be")), 1280, 800));
        stage.show();
        long exitAfter = Long.getLong("floor.exitAfterMs", 0);
        if (exitAfter > 0) {
            Thread closer = new Thread(() -> {
                try {
                    Thread.sleep(exitAfter);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                Platform.exit();
            });
            closer.setDaemon(true);
            closer.start();
        }
    }
}
