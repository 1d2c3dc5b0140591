using GeoGraph.Core.Errors;
using GeoGraph.Core.Security;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace GeoGraph.Api.Security;

/// <summary>A field the caller's key may not use: UNAUTHENTICATED without a key, FORBIDDEN with too weak a one.</summary>
public sealed class AccessDeniedError(string code, string message) : ValidationError(message)
{
    public string AccessCode { get; } = code;

    /// <summary>The HTTP status a request refused for this reason gets (graphql-response+json).</summary>
    public int Status => AccessCode == ErrorCodes.Unauthenticated ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden;
}

/// <summary>
/// Fields that need a role (<see cref="RoleRequirements.RequiresRole"/>) are refused during validation,
/// before anything runs, when the caller's key lacks it. Checked on every request, cached document or not.
/// </summary>
public sealed class RoleRequirementRule : ValidationRuleBase
{
    public static readonly RoleRequirementRule Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLField>((node, ctx) =>
        {
            if (ctx.TypeInfo.GetFieldDef() is not { } field || RoleRequirements.Of(field) is not { } required) return;
            var held = ApiRoles.Of(ctx.User);
            if (held is null)
                ctx.ReportError(new AccessDeniedError(ErrorCodes.Unauthenticated,
                    $"{field.Name} needs an API key with the {Name(required)} role: send 'Authorization: Bearer <key>' or 'X-Api-Key: <key>'"));
            else if (held < required)
                ctx.ReportError(new AccessDeniedError(ErrorCodes.Forbidden,
                    $"{field.Name} needs the {Name(required)} role; this key's role is {Name(held.Value)}"));
        }));

    private static string Name(Role role) => role.ToString().ToLowerInvariant();
}

public static class RoleRequirements
{
    private const string MetadataKey = "geograph.role";

    /// <summary>Only a key with this role (or a stronger one) may use the field.</summary>
    public static FieldBuilder<TSource, TReturn> RequiresRole<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, Role role) =>
        field.WithMetadata(MetadataKey, role);

    public static Role? Of(FieldType field) => field.GetMetadata<Role?>(MetadataKey);
}
