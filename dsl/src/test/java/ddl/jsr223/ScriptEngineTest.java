package ddl.jsr223;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ddl.lang.DdlError;
import ddl.stdlib.Tensor;
import java.io.StringWriter;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import javax.script.SimpleBindings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ScriptEngineTest {
  private static final ScriptEngineManager MANAGER = new ScriptEngineManager();
  private static ScriptEngine engine;

  @BeforeAll
  static void start() {
    engine = MANAGER.getEngineByName("ddl");
  }

  @AfterAll
  static void stop() throws Exception {
    ((AutoCloseable) engine).close();
  }

  @Test
  void theStandardKeysAreAccepted() throws Exception {
    ScriptEngine own = MANAGER.getEngineByName("ddl");
    try (AutoCloseable c = (AutoCloseable) own) {
      own.put(ScriptEngine.FILENAME, "model.ddl");
      own.put(ScriptEngine.ARGV, new String[] {"a"});
      assertEquals("model.ddl", own.get(ScriptEngine.FILENAME));
      assertTrue(own.getBindings(ScriptContext.ENGINE_SCOPE).containsKey(ScriptEngine.FILENAME));
      own.eval("x = 1");
      ScriptException e = assertThrows(ScriptException.class, () -> own.eval("x = 2\ny = x +"));
      assertEquals("model.ddl", e.getFileName());
      assertEquals(2, e.getLineNumber());
      assertEquals(1L, own.eval("x"));
      assertEquals("model.ddl", own.getBindings(ScriptContext.ENGINE_SCOPE).remove(ScriptEngine.FILENAME));
      assertNull(own.get(ScriptEngine.FILENAME));
    }
  }

  @Test
  void foundByNameExtensionAndMimeType() throws Exception {
    assertInstanceOf(DdlScriptEngine.class, engine);
    ScriptEngine byExtension = MANAGER.getEngineByExtension("ddl");
    try (AutoCloseable c = (AutoCloseable) byExtension) {
      assertEquals(7L, byExtension.eval("3 + 4"));
    }
    assertEquals("ddl", MANAGER.getEngineByMimeType("text/x-ddl").getFactory().getEngineName());
  }

  @Test
  void engineScopeIsTheSessionBothWays() throws Exception {
    engine.put("x", Tensor.of(1, 2, 3));
    Tensor y = (Tensor) engine.eval("y = 2 * x + 1\ny");
    assertArrayEquals(new long[] {3, 5, 7}, y.toLongArray());
    assertEquals(y, engine.get("y"));
    Bindings own = engine.getBindings(ScriptContext.ENGINE_SCOPE);
    assertTrue(own.containsKey("y"));
    own.put("n", 5);
    assertEquals(5L, engine.eval("n"));
  }

  @Test
  void otherBindingsDoNotTouchTheSession() throws Exception {
    engine.put("k", 1L);
    Bindings b = new SimpleBindings();
    b.put("k", 10L);
    assertEquals(20L, engine.eval("m = k * 2\nm", b));
    assertEquals(20L, b.get("m"));
    assertEquals(1L, engine.get("k"));
    assertNull(engine.get("m"));
  }

  @Test
  void globalScopeIsReadWhereTheEngineScopeHasNoValue() throws Exception {
    MANAGER.put("g", 100L);
    assertEquals(101L, engine.eval("g + 1"));
    assertNull(engine.get("g"));
    engine.put("g", 1L);
    assertEquals(2L, engine.eval("g + 1"));
  }

  @Test
  void compiledScriptsRunAgainWithOtherBindings() throws Exception {
    CompiledScript script = ((Compilable) engine).compile("2 * t + 1");
    for (long i = 0; i < 3; i++) {
      Bindings b = engine.createBindings();
      b.put("t", Tensor.of(i, i + 1));
      assertArrayEquals(new long[] {2 * i + 1, 2 * i + 3}, ((Tensor) script.eval(b)).toLongArray());
    }
    Bindings none = engine.createBindings();
    ScriptException e = assertThrows(ScriptException.class, () -> script.eval(none));
    assertInstanceOf(DdlError.class, e.getCause());
  }

  @Test
  void printGoesToTheContextWriter() throws Exception {
    StringWriter out = new StringWriter();
    ScriptContext ctx = engine.getContext();
    java.io.Writer before = ctx.getWriter();
    ctx.setWriter(out);
    try {
      engine.eval("print(\"héllo\", 1 + 1)");
    } finally {
      ctx.setWriter(before);
    }
    assertEquals("héllo 2\n", out.toString());
  }

  @Test
  void invocableCallsDefs() throws Exception {
    engine.eval("def area(w, h=2) = w * h");
    Invocable inv = (Invocable) engine;
    assertEquals(6L, inv.invokeFunction("area", 3));
    assertEquals(12L, inv.invokeFunction("area", 3, 4));
    assertThrows(NoSuchMethodException.class, () -> inv.invokeFunction("nothing"));
    Area a = inv.getInterface(Area.class);
    assertNotNull(a);
    assertEquals(15.0, a.area(3, 5));
    assertNull(inv.getInterface(Runnable.class));
    assertThrows(IllegalArgumentException.class, () -> inv.getInterface(a, Area.class));
  }

  /** Implemented by the ddl def of the same name. */
  public interface Area {
    double area(int w, int h);
  }

  @Test
  void errorsHaveLineAndColumn() {
    ScriptException e =
        assertThrows(ScriptException.class, () -> engine.eval("a = 1\nb = a + undefined_name"));
    assertEquals(2, e.getLineNumber());
    assertEquals(9, e.getColumnNumber());
    assertInstanceOf(DdlError.class, e.getCause());
    assertTrue(e.getMessage().contains("unknown name 'undefined_name'"), e.getMessage());
    assertFalse(engine.getBindings(ScriptContext.ENGINE_SCOPE).containsKey("b"));
  }
}
