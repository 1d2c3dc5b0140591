namespace GeoGraph.Testing; public static class Placeholder {}
