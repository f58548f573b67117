package dev.reelrank.model;

/**
 * One clip of a clip library: what one product made from one prompt.
 *
 * @param prompt  the prompt's id in the library
 * @param product the product's id in the project
 * @param file    where the clip is: in a saved file, relative to the project file's folder, so the
 *                folder can be moved or shared; in memory, as read (absolute once a file is opened)
 */
public record Clip(String prompt, String product, String file) {
    public Clip {
        Checks.id("prompt", prompt);
        Checks.id("product", product);
        file = Checks.text("file", file);
    }
}
