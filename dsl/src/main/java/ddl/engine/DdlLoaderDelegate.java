package ddl.engine;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Paths;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jdk.jshell.execution.LoaderDelegate;
import jdk.jshell.spi.ExecutionControl.ClassBytecodes;
import jdk.jshell.spi.ExecutionControl.ClassInstallException;
import jdk.jshell.spi.ExecutionControl.EngineTerminationException;
import jdk.jshell.spi.ExecutionControl.InternalException;

/**
 * Loads JShell's snippet classes in a class loader whose parent is ddl's own, so generated code
 * sees the same ddl classes as the engine — also where ddl is not on the system class path (an
 * application that embeds it, a test runner).
 */
final class DdlLoaderDelegate implements LoaderDelegate {
  private final SnippetLoader loader;

  DdlLoaderDelegate(ClassLoader parent) {
    this.loader = new SnippetLoader(parent);
  }

  @Override
  public void load(ClassBytecodes[] cbcs) throws ClassInstallException, EngineTerminationException {
    boolean[] installed = new boolean[cbcs.length];
    int i = 0;
    try {
      for (ClassBytecodes c : cbcs) {
        loader.declare(c.name(), c.bytecodes());
      }
      for (ClassBytecodes c : cbcs) {
        Class<?> k = loader.loadClass(c.name());
        k.getDeclaredMethods(); // link now, so errors surface at load
        installed[i++] = true;
      }
    } catch (Throwable e) {
      throw new ClassInstallException("load: " + e, installed);
    }
  }

  @Override
  public void classesRedefined(ClassBytecodes[] cbcs) {
    for (ClassBytecodes c : cbcs) {
      loader.declare(c.name(), c.bytecodes());
    }
  }

  @Override
  public void addToClasspath(String path) throws EngineTerminationException, InternalException {
    try {
      for (String p : path.split(java.io.File.pathSeparator)) {
        loader.addURL(Paths.get(p).toUri().toURL());
      }
    } catch (MalformedURLException e) {
      throw new InternalException(e.toString());
    }
  }

  @Override
  public Class<?> findClass(String name) throws ClassNotFoundException {
    return loader.loadClass(name);
  }

  /** Defines snippet classes from their bytes; everything else comes from the parent or the added path. */
  private static final class SnippetLoader extends URLClassLoader {
    private final Map<String, byte[]> pending = new ConcurrentHashMap<>();

    SnippetLoader(ClassLoader parent) {
      super(new URL[0], parent);
    }

    void declare(String name, byte[] bytes) {
      pending.put(name, bytes);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] b = pending.get(name);
      if (b != null) {
        return defineClass(name, b, 0, b.length);
      }
      return super.findClass(name);
    }

    @Override
    public void addURL(URL url) {
      super.addURL(url);
    }
  }
}
