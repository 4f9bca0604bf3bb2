package ddl.lang.translate;

/** How the engine names ddl variables in Java (the translator's rule, shared). */
public final class NamesAccess {
  private NamesAccess() {}

  public static String java(String ddlName) {
    return Names.java(ddlName);
  }
}
