using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inspection.Content.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IndexingFailures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IndexingFailures",
                columns: table => new
                {
                    ContentItemId = table.Column<string>(type: "TEXT", nullable: false),
                    ContentItemVersionId = table.Column<string>(type: "TEXT", nullable: false),
                    TaskId = table.Column<long>(type: "INTEGER", nullable: false),
                    Error = table.Column<string>(type: "TEXT", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstFailedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastFailedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndexingFailures", x => x.ContentItemId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IndexingFailures_LastFailedUtc",
                table: "IndexingFailures",
                column: "LastFailedUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IndexingFailures");
        }
    }
}
