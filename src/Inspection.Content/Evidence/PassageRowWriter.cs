using System.Data;
using System.Data.Common;
using Inspection.Content.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Inspection.Content.Evidence;

/// <summary>
/// Writes a new version's passages on the open transaction: on SQLite with one prepared INSERT whose parameters are rebound
/// per row, elsewhere through EF Core's change tracking (which batches them into few round trips).
/// </summary>
internal static class PassageRowWriter
{
    // SQLite runs in this process, so a statement per row costs no round trip; what costs is EF Core's change tracking and
    // update pipeline per passage (the SQLite provider does not batch), about as much CPU as committing the rest of a file.
    public static async Task AddAsync(InspectionDbContext db, IReadOnlyList<PassageRecord> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var transaction = db.Database.CurrentTransaction;
        if (!db.Database.IsSqlite() || transaction is null)
        {
            db.Passages.AddRange(rows);
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        var command = db.Database.GetDbConnection().CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.Transaction = transaction.GetDbTransaction();
            command.CommandText = InsertSql(db);
            var passageId = Add(command, "@id", DbType.String);
            var contentItemId = Add(command, "@item", DbType.String);
            var versionId = Add(command, "@version", DbType.String);
            var ordinal = Add(command, "@ordinal", DbType.Int32);
            var headingPath = Add(command, "@heading", DbType.String);
            var pageFrom = Add(command, "@from", DbType.Int32);
            var pageTo = Add(command, "@to", DbType.Int32);
            var text = Add(command, "@text", DbType.String);
            await command.PrepareAsync(cancellationToken).ConfigureAwait(false);
            foreach (var row in rows)
            {
                passageId.Value = row.PassageId;
                contentItemId.Value = row.ContentItemId;
                versionId.Value = row.ContentItemVersionId;
                ordinal.Value = row.Ordinal;
                headingPath.Value = row.HeadingPath;
                pageFrom.Value = row.PageFrom;
                pageTo.Value = row.PageTo;
                text.Value = row.Text;
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private const int Columns = 8;

    // Table and column names come from the model, as EF Core's own INSERT would use them.
    private static string InsertSql(InspectionDbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(PassageRecord))
            ?? throw new InvalidOperationException("The store's model has no passages.");
        if (entity.GetProperties().Count() != Columns)
        {
            // A column added to PassageRecord would otherwise be left at its default on SQLite and written on PostgreSQL.
            throw new InvalidOperationException(
                $"PassageRowWriter writes {Columns} passage columns but the model has {entity.GetProperties().Count()}: add the new ones to its INSERT.");
        }

        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        string Column(string property) =>
            sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(table)!);

        return "INSERT INTO " + sql.DelimitIdentifier(table.Name, table.Schema) + " ("
            + Column(nameof(PassageRecord.PassageId)) + ", "
            + Column(nameof(PassageRecord.ContentItemId)) + ", "
            + Column(nameof(PassageRecord.ContentItemVersionId)) + ", "
            + Column(nameof(PassageRecord.Ordinal)) + ", "
            + Column(nameof(PassageRecord.HeadingPath)) + ", "
            + Column(nameof(PassageRecord.PageFrom)) + ", "
            + Column(nameof(PassageRecord.PageTo)) + ", "
            + Column(nameof(PassageRecord.Text))
            + ") VALUES (@id, @item, @version, @ordinal, @heading, @from, @to, @text)";
    }

    private static DbParameter Add(DbCommand command, string name, DbType type)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = type;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
