using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inspection.Content.Migrations.PostgreSQL
{
    /// <inheritdoc />
    public partial class JobClaims : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Attempts",
                table: "IngestionJobItems",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ClaimedBy",
                table: "IngestionJobItems",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LeaseUntilUtc",
                table: "IngestionJobItems",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_IngestionJobItems_ClaimedBy",
                table: "IngestionJobItems",
                column: "ClaimedBy");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_IngestionJobItems_ClaimedBy",
                table: "IngestionJobItems");

            migrationBuilder.DropColumn(
                name: "Attempts",
                table: "IngestionJobItems");

            migrationBuilder.DropColumn(
                name: "ClaimedBy",
                table: "IngestionJobItems");

            migrationBuilder.DropColumn(
                name: "LeaseUntilUtc",
                table: "IngestionJobItems");
        }
    }
}
