package dev.reelrank.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.model.Project;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file saved before format 3 (no price history, no published ratings) opens unchanged and is
 * saved in the current format. The file is ReelRank's own default dataset as it shipped in format 2.
 */
class FormatTwoFilesTest {
    private static final String RESOURCE = "format-2-late-2026.reelrank.json";

    @TempDir
    Path folder;

    private static String text() throws Exception {
        try (InputStream in = FormatTwoFilesTest.class.getResourceAsStream(RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aFormatTwoFile_opens_andSavesAsTheCurrentFormat_withEveryFigureKept() throws Exception {
        String old = text();
        assertTrue(old.startsWith("{\n  \"format\": 2,"), "really a format 2 file");
        Project project = ProjectReader.read(new ByteArrayInputStream(old.getBytes(StandardCharsets.UTF_8)), RESOURCE);
        Path saved = folder.resolve("saved" + ProjectFiles.EXTENSION);
        ProjectFiles.write(project, saved);
        String written = Files.readString(saved);
        assertTrue(
                written.startsWith("{\n  \"format\": " + ProjectReader.FORMAT_VERSION + ","), written.substring(0, 40));
        assertEquals(
                old.replaceFirst("\"format\": 2,", "\"format\": " + ProjectReader.FORMAT_VERSION + ","),
                written,
                "a format 2 file holds nothing format 3 words differently: only the version changes");
        assertEquals(project, ProjectFiles.read(saved));
    }

    @Test
    void aFileFromALaterReelRank_isRefusedWithTheVersionsThisOneReads() {
        var problem = Assertions.assertThrows(
                ProjectFileException.class,
                () -> ProjectReader.read(
                        new ByteArrayInputStream(TestProjects.VALID
                                .replace(
                                        "\"format\": " + ProjectReader.FORMAT_VERSION,
                                        "\"format\": " + (ProjectReader.FORMAT_VERSION + 1))
                                .getBytes(StandardCharsets.UTF_8)),
                        "new.reelrank.json"));
        assertTrue(
                problem.getMessage()
                        .contains("unsupported format version " + (ProjectReader.FORMAT_VERSION + 1)
                                + "; this ReelRank reads versions 1 to " + ProjectReader.FORMAT_VERSION),
                problem.getMessage());
    }
}
