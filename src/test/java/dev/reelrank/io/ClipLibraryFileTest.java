package dev.reelrank.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.model.BlindTestPrompt;
import dev.reelrank.model.Clip;
import dev.reelrank.model.ClipLibrary;
import dev.reelrank.model.Project;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The clip library in the project file (format 4): saved with each clip relative to the project
 * file's folder, so the folder can be moved; bad libraries refused in one located line.
 */
class ClipLibraryFileTest {
    private static final String FILE = "test.reelrank.json";

    static final String LIBRARY = """
              "clipLibrary": {
                "prompts": [
                  {"id": "p1", "text": "A city street at night, rain, neon signs"},
                  {"id": "p2", "text": "A red sneaker on a table"}
                ],
                "clips": [
                  {"prompt": "p1", "product": "kling-1.6", "file": "clips/p1/kling-1.6.mp4"},
                  {"prompt": "p2", "product": "kling-1.6", "file": "../shared/p2/kling.mov"}
                ]
              },
            """;

    static String withLibrary(String from, String to) {
        return TestProjects.with("\"format\": 5,", "\"format\": 5," + LIBRARY.replace(from, to));
    }

    private static Project read(String json) throws Exception {
        return ProjectReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), FILE);
    }

    private static String written(Project project) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProjectWriter.write(project, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Project withClips(Path p1, Path p2) {
        return dev.reelrank.testing.TestProjects.market()
                .withClipLibrary(new ClipLibrary(
                        List.of(new BlindTestPrompt("p1", "A city at night"), new BlindTestPrompt("p2", "A sneaker")),
                        List.of(
                                new Clip("p1", "kling-1.6", p1.toString()),
                                new Clip("p1", "veo-2", p2.toString()),
                                new Clip("p2", "sora", p2.toString()))));
    }

    @Test
    void aLibraryReadFromAStream_keepsItsPathsAsWritten_andWritesThemBack() throws Exception {
        Project project = read(withLibrary("", ""));
        ClipLibrary library = project.clipLibrary();
        assertEquals(2, library.prompts().size());
        assertEquals(
                new Clip("p2", "kling-1.6", "../shared/p2/kling.mov"),
                library.clip("p2", "kling-1.6").orElseThrow());
        assertEquals(project, read(written(project)));
    }

    @Test
    void anEmptyLibrary_isNotWritten() throws Exception {
        assertFalse(written(dev.reelrank.testing.TestProjects.market()).contains("clipLibrary"));
        assertTrue(read(TestProjects.VALID).clipLibrary().isEmpty());
    }

    @Test
    void aSavedProject_storesClipsRelativeToItsFolder_withForwardSlashes(@TempDir Path temp) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("office test"));
        Path file = folder.resolve("blind.reelrank.json");
        Path inside = folder.resolve("clips").resolve("p1").resolve("kling-1.6.mp4");
        Path outside = temp.resolve("shared").resolve("视频.mov");
        ProjectFiles.write(withClips(inside, outside), file);
        String text = Files.readString(file);
        assertTrue(text.contains("\"file\": \"clips/p1/kling-1.6.mp4\""), text);
        assertTrue(text.contains("\"file\": \"../shared/视频.mov\""), text);
        assertFalse(text.contains(temp.toString()), "no absolute path in the file");
        assertEquals(withClips(inside, outside), ProjectFiles.read(file));
    }

    @Test
    void aMovedProjectFolder_findsItsClipsAtTheirNewPlace(@TempDir Path temp) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("before"));
        Path clip = Files.createDirectories(folder.resolve("clips")).resolve("kling.mp4");
        Files.writeString(clip, "not really a video");
        Path other = folder.resolve("veo.mp4");
        ProjectFiles.write(withClips(clip, other), folder.resolve("p.reelrank.json"));

        Path moved = Files.move(folder, temp.resolve("after, renamed"));
        Project reopened = ProjectFiles.read(moved.resolve("p.reelrank.json"));

        String found =
                reopened.clipLibrary().clip("p1", "kling-1.6").orElseThrow().file();
        assertEquals(moved.resolve("clips").resolve("kling.mp4").toString(), found);
        assertTrue(Path.of(found).isAbsolute());
        assertTrue(Files.isRegularFile(Path.of(found)));
        assertEquals(
                moved.resolve("veo.mp4").toString(),
                reopened.clipLibrary().clip("p2", "sora").orElseThrow().file());
        assertEquals(withClips(moved.resolve("clips").resolve("kling.mp4"), moved.resolve("veo.mp4")), reopened);
    }

    @Test
    void aStampedRead_andAnUpdate_resolveTheClipsToo(@TempDir Path temp) throws Exception {
        Path file = temp.resolve("p.reelrank.json");
        Project project = withClips(temp.resolve("a.mp4"), temp.resolve("b/c.mp4"));
        ProjectFiles.write(project, file);
        assertEquals(project, ProjectFiles.readStamped(file).project());
        assertEquals(project, ProjectFiles.update(file, before -> before));
        assertTrue(Files.readString(file).contains("\"file\": \"b/c.mp4\""));
    }

    /** Random projects, libraries with unicode and "../" paths among them, saved twice give the same bytes. */
    @Test
    void randomProjectsSavedAndReopened_saveTheSameBytes_andComeBackWithAbsoluteClips(@TempDir Path temp)
            throws Exception {
        Path file = Files.createDirectories(temp.resolve("a").resolve("b")).resolve("p.reelrank.json");
        Path again = temp.resolve("again.reelrank.json");
        Random random = new Random(20261130);
        int libraries = 0;
        for (int i = 0; i < 60; i++) {
            Project project = RandomProjects.project(random);
            ProjectFiles.write(project, file);
            Project back = ProjectFiles.read(file);
            for (Clip clip : back.clipLibrary().clips()) {
                assertTrue(Path.of(clip.file()).isAbsolute(), clip.file());
            }
            libraries += project.clipLibrary().isEmpty() ? 0 : 1;
            ProjectFiles.write(back, file);
            byte[] once = Files.readAllBytes(file);
            assertEquals(back, ProjectFiles.read(file));
            assertEquals(written(project), new String(once, StandardCharsets.UTF_8));
            ProjectFiles.write(back, again);
            assertEquals(back, ProjectFiles.read(again), "saved into another folder, the same files");
        }
        assertTrue(libraries > 5, "random projects hold libraries now and then: " + libraries);
    }

    static Stream<Arguments> badLibraries() {
        return Stream.of(
                Arguments.of(
                        "a clip of a prompt the library does not list",
                        withLibrary("{\"prompt\": \"p2\", \"product\"", "{\"prompt\": \"p9\", \"product\""),
                        "test.reelrank.json:9:18: clipLibrary.clips[1].prompt: names the prompt \"p9\", "
                                + "which the library does not list"),
                Arguments.of(
                        "two clips of one product for one prompt",
                        withLibrary("{\"prompt\": \"p2\", \"product\"", "{\"prompt\": \"p1\", \"product\""),
                        "clipLibrary.clips[1].product: gives kling-1.6 two clips for the prompt \"p1\": keep one"),
                Arguments.of(
                        "an empty file path",
                        withLibrary("\"file\": \"clips/p1/kling-1.6.mp4\"", "\"file\": \"  \""),
                        "clipLibrary.clips[0].file: must not be empty"),
                Arguments.of(
                        "a clip without its file",
                        withLibrary(", \"file\": \"clips/p1/kling-1.6.mp4\"", ""),
                        "clipLibrary.clips[0].file: "),
                Arguments.of(
                        "an unknown field in a clip",
                        withLibrary(
                                "\"product\": \"kling-1.6\", \"file\": \"clips", "\"model\": \"x\", \"file\": \"clips"),
                        "clipLibrary.clips[0].model: unknown field; expected one of prompt, product, file"),
                Arguments.of(
                        "an unknown field in the library",
                        withLibrary("\"clips\": [", "\"folder\": \"x\", \"clips\": ["),
                        "clipLibrary.folder: unknown field; expected one of prompts, clips"),
                Arguments.of(
                        "a library without its clips",
                        withLibrary("],\n    \"clips\": [", "], \"x\": ["),
                        "unknown field"),
                Arguments.of(
                        "a product that is not an id",
                        withLibrary("\"product\": \"kling-1.6\"", "\"product\": \"Kling 1.6\""),
                        "clipLibrary.clips[0].product: "),
                Arguments.of(
                        "a prompt listed twice",
                        withLibrary("{\"id\": \"p2\",", "{\"id\": \"p1\", \"text\": \"again\"}, {\"id\": \"p2\","),
                        "clipLibrary.prompts: "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badLibraries")
    void aBadLibrary_isRefusedWithOneLocatedLine(String what, String json, String expected) {
        ProjectFileException problem = assertThrows(ProjectFileException.class, () -> read(json));
        String message = problem.getMessage();
        assertTrue(message.contains(expected), message);
        assertTrue(message.startsWith(FILE + ":"), message);
        assertTrue(problem.line() > 0, message);
        assertFalse(message.contains("\n"), message);
    }
}
