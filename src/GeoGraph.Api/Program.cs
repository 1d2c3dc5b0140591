using GeoGraph.Api.Hosting;
using GeoGraph.Api.Http;
using GeoGraph.Api.Security;

var builder = WebApplication.CreateBuilder(args);
builder.ListenOnDefaultUrlUnlessConfigured();
builder.AddGeoGraphStore();
builder.AddGeoGraphGraphQL();
builder.AddGeoGraphAuth();
builder.AddGeoGraphRateLimiting();
builder.AddGeoGraphHealth();
builder.AddGeoGraphTelemetry();
builder.AddGeoGraphWeb();
builder.AddErrorBodies();

var app = builder.Build();
if (!app.TryOpenStore()) return 1;
app.UseGeoGraphWeb();
app.UseErrorBodies();
app.UseStaticFiles();
app.UseGeoGraphAuth();
app.UseGeoGraphRateLimiting();
app.MapGraphQL();
app.MapExplorer();
app.MapIntakePage();
app.MapGeoGraphHealth();
app.MapGet("/", () => Results.Redirect(GraphQLHttpEndpoint.Path));
app.Run();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
