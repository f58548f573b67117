package dev.reelrank.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.model.PriceOption;
import dev.reelrank.model.Product;
import dev.reelrank.model.Project;
import dev.reelrank.testing.TestProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saves that never lose a number: the previous version kept, someone else's change never overwritten, nothing written that cannot be read back. */
class SafeSavesTest {
    @TempDir
    Path folder;

    @Test
    void everySave_keepsThePreviousVersionBesideIt() throws Exception {
        Path file = folder.resolve("p.reelrank.json");
        ProjectFiles.write(TestProjects.market(), file);
        assertFalse(Files.exists(ProjectFiles.backupOf(file)), "a first save has nothing to keep");
        byte[] first = Files.readAllBytes(file);
        ProjectFiles.write(TestProjects.market().withName("Second"), file);
        assertEquals(folder.resolve("p.reelrank.json.bak"), ProjectFiles.backupOf(file));
        assertArrayEquals(first, Files.readAllBytes(ProjectFiles.backupOf(file)));
        assertEquals("Second", ProjectFiles.read(file).name());
    }

    @Test
    void aFileChangedOnDiskSinceItWasRead_isNotOverwritten() throws Exception {
        Path file = folder.resolve("p.reelrank.json");
        ProjectFiles.write(TestProjects.market(), file);
        ProjectFiles.Stamped read = ProjectFiles.readStamped(file);
        ProjectFiles.write(read.project().withName("Someone else's"), file);
        byte[] theirs = Files.readAllBytes(file);
        FileChangedException refused = assertThrows(
                FileChangedException.class,
                () -> ProjectFiles.writeIfUnchanged(read.project().withName("Mine"), file, read.stamp()));
        assertEquals(
                "p.reelrank.json changed on disk since it was opened here; nothing was written", refused.getMessage());
        assertArrayEquals(theirs, Files.readAllBytes(file), "their change is still there");
        FileStamp mine = ProjectFiles.writeIfUnchanged(read.project().withName("Mine"), file, FileStamp.of(file));
        assertEquals(FileStamp.of(file), mine, "the stamp a save returns is that of what it wrote");
        assertEquals("Mine", ProjectFiles.readStamped(file).project().name());
    }

    @Test
    void aProjectTheReaderWouldRefuse_isNotWritten_andTheOldFileStays() throws Exception {
        Path file = folder.resolve("p.reelrank.json");
        ProjectFiles.write(TestProjects.market(), file);
        byte[] before = Files.readAllBytes(file);
        // 5,000 products, each with three long notes: about 60 MB written, past the reader's 50 MB.
        String note = "A note as long as a note may be. ".repeat(120);
        var template = TestProjects.market().products().getFirst();
        var option = template.compared();
        var noted = new PriceOption(
                option.id(),
                option.label(),
                option.status(),
                option.price(),
                option.kind(),
                option.reason(),
                option.provenance(),
                option.terms(),
                note,
                null);
        var second = new PriceOption(
                "second",
                option.label(),
                option.status(),
                option.price(),
                option.kind(),
                option.reason(),
                option.provenance(),
                option.terms(),
                note,
                null);
        List<Product> many = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            many.add(template.toBuilder()
                    .id("copy-" + i)
                    .name("Copy " + i)
                    .note(note)
                    .prices(List.of(noted, second), option.id())
                    .chart(null)
                    .build());
        }
        Project huge = TestProjects.market().withHeadToHead(List.of()).withProducts(many);
        Project tooBig = huge;
        FileProblem refused = assertThrows(FileProblem.class, () -> ProjectFiles.write(tooBig, file));
        assertTrue(
                refused.getMessage()
                        .matches("p\\.reelrank\\.json would be \\d+\\.\\d MB, and project files over 50 MB "
                                + "cannot be opened again; nothing was written"),
                refused.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aSave_removesTheTemporaryFilesAKilledSaveLeft() throws Exception {
        Path file = folder.resolve("p.reelrank.json");
        ProjectFiles.write(TestProjects.market(), file);
        Path stale = Files.writeString(folder.resolve(".p.reelrank.json.4242.tmp"), "half a project");
        Path staleBackup = Files.writeString(folder.resolve(".p.reelrank.json.bak.77.tmp"), "half a backup");
        Path someoneElses = Files.writeString(folder.resolve(".other.reelrank.json.1.tmp"), "not ours");
        ProjectFiles.write(TestProjects.market().withName("Again"), file);
        assertFalse(Files.exists(stale));
        assertFalse(Files.exists(staleBackup));
        assertTrue(Files.exists(someoneElses), "another project's files are left alone");
    }

    @Test
    void aReadOnlyFile_isNotReplaced() throws Exception {
        Path file = folder.resolve("p.reelrank.json");
        ProjectFiles.write(TestProjects.market(), file);
        byte[] before = Files.readAllBytes(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        FileProblem refused = assertThrows(
                FileProblem.class,
                () -> ProjectFiles.write(TestProjects.market().withName("Mine"), file));
        assertEquals(
                "p.reelrank.json is read-only; nothing was written (save it under another name, or make it "
                        + "writable first)",
                refused.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void savingThroughASymbolicLink_replacesItsTarget_withTheBackupBesideTheTarget() throws Exception {
        Path real = Files.createDirectories(folder.resolve("real")).resolve("p.reelrank.json");
        ProjectFiles.write(TestProjects.market(), real);
        byte[] first = Files.readAllBytes(real);
        Path link = Files.createSymbolicLink(
                Files.createDirectories(folder.resolve("links")).resolve("p.reelrank.json"), real);
        Path killedSave = Files.writeString(real.resolveSibling(".p.reelrank.json.123.tmp"), "half a save");

        ProjectFiles.write(TestProjects.market().withName("Through the link"), link);

        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertEquals("Through the link", ProjectFiles.read(real).name());
        assertArrayEquals(first, Files.readAllBytes(ProjectFiles.backupOf(real)), "the backup is beside the file");
        assertFalse(Files.exists(ProjectFiles.backupOf(link)), "nothing written beside the link");
        assertFalse(Files.exists(killedSave), "a killed save's leftovers beside the file are tidied");
    }

    @Test
    void savingAHardLinkedFile_givesThisNameTheNewVersion_andLeavesTheOtherLinkOnTheOld() throws Exception {
        Path file = folder.resolve("p.reelrank.json");
        ProjectFiles.write(TestProjects.market(), file);
        byte[] first = Files.readAllBytes(file);
        Path other = Files.createLink(folder.resolve("other-name.reelrank.json"), file);

        ProjectFiles.write(TestProjects.market().withName("Saved"), file);

        assertEquals("Saved", ProjectFiles.read(file).name());
        assertArrayEquals(
                first, Files.readAllBytes(other), "as docs/reliability.md says: the atomic replace breaks the link");
    }
}
