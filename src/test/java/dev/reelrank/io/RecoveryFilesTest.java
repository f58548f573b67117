package dev.reelrank.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.model.Project;
import dev.reelrank.testing.TestProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Copies of unsaved work: written whole, listed newest first, read strictly, taken over, removed. */
class RecoveryFilesTest {
    @TempDir
    Path folder;

    private final Project project = TestProjects.market();

    @Test
    void aCopy_isListedWithItsFileAndTime_andReadsBackAsTheSameProject() throws Exception {
        RecoveryFiles files = new RecoveryFiles(folder.resolve("recovery"));
        assertEquals(List.of(), files.list(), "no folder yet: nothing kept");
        Path original = folder.resolve("meeting.reelrank.json");
        files.write("window-1-1", project, original, Instant.parse("2026-11-25T10:00:00Z"));
        files.write("window-2-2", project.withName("Second"), null, Instant.parse("2026-11-25T11:00:00Z"));

        List<RecoveryFiles.Copy> copies = files.list();
        assertEquals(
                List.of("window-2-2", "window-1-1"),
                copies.stream().map(RecoveryFiles.Copy::id).toList(),
                "newest first");
        assertEquals("Second", copies.get(0).name());
        assertNull(copies.get(0).file(), "work on the default dataset belongs to no file");
        assertEquals(original.toAbsolutePath(), copies.get(1).file());
        assertEquals(project, files.read("window-1-1"));
    }

    @Test
    void aRenamedCopy_movesWhole_andADeletedOneIsGone() throws Exception {
        RecoveryFiles files = new RecoveryFiles(folder);
        files.write("window-1-1", project, null, Instant.parse("2026-11-25T10:00:00Z"));
        files.rename("window-1-1", "window-3-3");
        assertEquals(
                List.of("window-3-3"),
                files.list().stream().map(RecoveryFiles.Copy::id).toList());
        assertEquals(project, files.read("window-3-3"));
        files.delete("window-3-3");
        assertEquals(List.of(), files.list());
        try (var left = Files.list(folder)) {
            assertFalse(left.findAny().isPresent(), "both the project and its note are removed");
        }
    }

    @Test
    void aNoteWithoutItsProject_orAnUnreadableNote_isNotOffered() throws Exception {
        RecoveryFiles files = new RecoveryFiles(folder);
        Files.writeString(folder.resolve("window-5-5.about"), "name=x\nkeptAt=2026-11-25T10:00:00Z\n");
        files.write("window-6-6", project, null, Instant.parse("2026-11-25T10:00:00Z"));
        Files.writeString(folder.resolve("window-6-6.about"), "keptAt=yesterday\n");
        assertTrue(files.list().isEmpty(), files.list().toString());
    }
}
