package ddl.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line through a child process: exit codes, stdout, stderr (SPEC §2). */
class CliTest {
  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  private Run ddl(String stdin, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xss16m",
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    cmd.addAll(List.of(args));
    Path out = dir.resolve("stdout");
    Path err = dir.resolve("stderr");
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile());
    pb.environment().put("TERM", "dumb");
    Process p = pb.start();
    if (stdin != null) {
      p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    p.getOutputStream().close();
    assertTrue(p.waitFor(2, TimeUnit.MINUTES), "ddl did not finish");
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  @Test
  void version() throws Exception {
    Run r = ddl(null, "--version");
    assertEquals(0, r.exit());
    assertTrue(r.out().matches("ddl \\S+\\n"), r.out());
    assertEquals("", r.err());
  }

  @Test
  void help() throws Exception {
    Run r = ddl(null, "--help");
    assertEquals(0, r.exit());
    assertTrue(r.out().startsWith("usage: ddl"), r.out());
    assertTrue(r.out().contains("-e"), r.out());
    assertEquals("", r.err());
  }

  @Test
  void evalDisplaysTheLastBareExpression() throws Exception {
    assertEquals(new Run(0, "[101 141  61]\n", ""),
        ddl(null, "-e", "x = [50, 70, 30]; y = 2 * x + 1; y"));
    assertEquals(new Run(0, "", ""), ddl(null, "-e", "x = 1; x + 1;"));
    assertEquals(new Run(0, "rent\n\"rent\"\n", ""), ddl(null, "-e", "print(\"rent\")\n\"rent\""));
  }

  @Test
  void evalErrorExitsOne() throws Exception {
    Run r = ddl(null, "-e", "x = [1, 2, 3] + [1, 2]");
    assertEquals(1, r.exit());
    assertEquals("", r.out());
    assertEquals("<string>:1:5: operands could not be broadcast together with shapes (3,) (2,)",
        r.err().lines().findFirst().orElse(""));
  }

  @Test
  void scriptWithArgs() throws Exception {
    Files.writeString(dir.resolve("args.ddl"),
        "#!/usr/bin/env ddl\nprint(len(args), args[0], args[1])\nargs\n");
    assertEquals(new Run(0, "2 first 2nd\n", ""), ddl(null, "args.ddl", "first", "2nd"));
  }

  @Test
  void scriptErrorIsPositioned() throws Exception {
    Files.writeString(dir.resolve("bad.ddl"), "x = linspce(0, 1)\n");
    Run r = ddl(null, "bad.ddl");
    assertEquals(1, r.exit());
    assertEquals("", r.out());
    assertEquals("bad.ddl:1:5: unknown name 'linspce'\n"
        + "x = linspce(0, 1)\n"
        + "    ^~~~~~~\n"
        + "hint: did you mean 'linspace'?\n", r.err());
  }

  @Test
  void runtimeErrorStopsTheScriptAfterEarlierOutput() throws Exception {
    Files.writeString(dir.resolve("late.ddl"), "print(1)\nx = [1, 2] @ [1, 2, 3]\nprint(2)\n");
    Run r = ddl(null, "late.ddl");
    assertEquals(1, r.exit());
    assertEquals("1\n", r.out());
    assertTrue(r.err().startsWith("late.ddl:2:"), r.err());
    assertTrue(r.err().contains("\nx = [1, 2] @ [1, 2, 3]\n"), r.err());
  }

  @Test
  void successPrintsNothingOnStderr() throws Exception {
    Files.writeString(dir.resolve("ok.ddl"),
        "seed(1)\nA = randn(3, 3)\nprint((A @ A.T).shape, sum(ones(2, 2)))\n");
    assertEquals(new Run(0, "(3, 3) 4.0\n", ""), ddl(null, "ok.ddl"));
  }

  @Test
  void missingFile() throws Exception {
    Run r = ddl(null, "nope.ddl");
    assertEquals(1, r.exit());
    assertEquals("ddl: nope.ddl: no such file\n", r.err());
  }

  @Test
  void pipedStdin() throws Exception {
    Run r = ddl("sum([1,2,3])\n", new String[0]);
    assertEquals(0, r.exit(), r.err());
    assertEquals("6", r.out().strip());
    assertEquals("", r.err());
  }

  @Test
  void unknownOption() throws Exception {
    Run r = ddl(null, "--nope");
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("ddl: unknown option --nope"), r.err());
  }
}
