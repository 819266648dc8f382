package io.strandwatch.agent.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated report in a real browser: headless Debian Chromium loads it from disk, runs no script, throws
 * nothing, fetches nothing but the file itself, and draws every chart.
 */
class ChromiumRenderTest {

  @TempDir
  Path dir;

  @Test
  void theReportRendersInHeadlessChromiumWithoutErrorsOrRequests() throws Exception {
    Assumptions.assumeTrue(HeadlessChromium.available(), "skipped: " + HeadlessChromium.BINARY + " is not "
        + "installed (scripts/install-test-deps.sh installs the Debian chromium package)");
    Path html = dir.resolve("report.html");
    Files.write(html, HtmlReportTest.render().getBytes(StandardCharsets.UTF_8));

    try (HeadlessChromium browser = HeadlessChromium.start()) {
      HeadlessChromium.Rendering r = browser.render(html, 1280, 6000);
      String keep = System.getProperty("strandwatch.screenshot.dir");
      if (keep != null) { // to look at the page after a change: -Dstrandwatch.screenshot.dir=/tmp
        Files.copy(html, Path.of(keep, "sample-report.html"), StandardCopyOption.REPLACE_EXISTING);
        Files.write(Path.of(keep, "sample-report.png"), r.png);
      }

      assertTrue(r.errors.isEmpty(), "script errors or console errors: " + r.errors);
      assertEquals(1, r.requests.size(), "the file itself and nothing else: " + r.requests);
      assertTrue(r.requests.get(0).startsWith("file:"), r.requests.toString());
      // Three strand latency charts, two cost charts, one alert timeline: the markup parsed as intended.
      assertEquals("6", browser.evaluate("document.querySelectorAll('svg.chart').length"));
      assertEquals("0", browser.evaluate("document.scripts.length"));
      assertEquals("\"<script>alert('x')</script>\"",
          browser.evaluate("document.querySelector('#strand-1 h3').textContent"), "the name is shown as text");

      assertTrue(r.png.length > 10_000, "screenshot of " + r.png.length + " bytes");
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(r.png));
      assertEquals(1280, image.getWidth());
      assertTrue(image.getHeight() > 900, "the full page, " + image.getHeight() + " px high");
      assertTrue(colours(image) > 50, "something was drawn, not a blank page");
    }
  }

  private static int colours(BufferedImage image) {
    Set<Integer> seen = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 3) {
      for (int x = 0; x < image.getWidth(); x += 3) {
        seen.add(image.getRGB(x, y));
      }
    }
    return seen.size();
  }
}
