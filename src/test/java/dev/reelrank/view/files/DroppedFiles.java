package dev.reelrank.view.files;

import java.io.File;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * A drop of files on a scene, as the desktop delivers it. JavaFX makes dragboards only for real
 * gestures; this one is made through its own factory over a clipboard that holds just the files.
 */
public final class DroppedFiles {
    private DroppedFiles() {}

    /** Delivers a drop of {@code files} to the scene's drop handler; whether the drop was completed. */
    public static boolean drop(Scene scene, List<File> files) {
        DragEvent event = new DragEvent(
                scene,
                scene,
                DragEvent.DRAG_DROPPED,
                dragboard(files),
                10,
                10,
                10,
                10,
                TransferMode.COPY,
                null,
                null,
                null);
        scene.getOnDragDropped().handle(event);
        return event.isDropCompleted();
    }

    private static Dragboard dragboard(List<File> files) {
        try {
            Class<?> peerType = Class.forName("com.sun.javafx.tk.TKClipboard");
            Object peer = Proxy.newProxyInstance(
                    DroppedFiles.class.getClassLoader(),
                    new Class<?>[] {peerType},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "getContentTypes" -> Set.of(DataFormat.FILES);
                        case "hasContent" -> DataFormat.FILES.equals(args[0]);
                        case "getContent" -> DataFormat.FILES.equals(args[0]) ? files : null;
                        case "getTransferModes" -> Set.of(TransferMode.COPY);
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        case "toString" -> "dropped files " + files;
                        default ->
                            method.getReturnType() == boolean.class
                                    ? false
                                    : method.getReturnType() == double.class ? 0.0 : null;
                    });
            return (Dragboard) Class.forName("com.sun.javafx.scene.input.DragboardHelper")
                    .getMethod("createDragboard", peerType)
                    .invoke(null, peer);
        } catch (ReflectiveOperationException e) {
            throw new LinkageError("JavaFX's dragboard factory has changed", e);
        }
    }
}
