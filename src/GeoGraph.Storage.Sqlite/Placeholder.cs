namespace GeoGraph.Storage.Sqlite; public static class Placeholder {}
