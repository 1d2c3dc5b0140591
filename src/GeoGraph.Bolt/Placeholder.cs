namespace GeoGraph.Bolt; public static class Placeholder {}
