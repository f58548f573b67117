package dev.reelrank.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.model.Project;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file saved before format 4 (no blind tests run in ReelRank) opens with no blind tests and is
 * saved in the current format with nothing else changed. The file is ReelRank's own default dataset
 * as it shipped in format 3.
 */
class FormatThreeFilesTest {
    private static final String RESOURCE = "format-3-late-2026.reelrank.json";

    @TempDir
    Path folder;

    @Test
    void aFormatThreeFile_opensWithoutBlindTests_andSavesAsTheCurrentFormat_withEveryFigureKept() throws Exception {
        String old;
        try (InputStream in = FormatThreeFilesTest.class.getResourceAsStream(RESOURCE)) {
            old = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(old.startsWith("{\n  \"format\": 3,"), "really a format 3 file");
        Project project = ProjectReader.read(new ByteArrayInputStream(old.getBytes(StandardCharsets.UTF_8)), RESOURCE);
        assertTrue(project.blindTests().isEmpty() && project.battles().isEmpty());
        Path saved = folder.resolve("saved" + ProjectFiles.EXTENSION);
        ProjectFiles.write(project, saved);
        assertEquals(
                old.replaceFirst("\"format\": 3,", "\"format\": " + ProjectReader.FORMAT_VERSION + ","),
                Files.readString(saved),
                "a format 3 file holds nothing format 4 words differently: only the version changes");
        assertEquals(project, ProjectFiles.read(saved));
    }
}
