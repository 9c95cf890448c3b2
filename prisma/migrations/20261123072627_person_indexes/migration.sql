-- CreateIndex
CREATE INDEX "Attendance_personId_idx" ON "Attendance"("personId");

-- CreateIndex
CREATE INDEX "DiagnosticResponse_personId_idx" ON "DiagnosticResponse"("personId");
