namespace GeoGraph.Core; public static class Placeholder {}
