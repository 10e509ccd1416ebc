<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="zh_CN">
<context>
    <name>AcceptDialog</name>
    <message>
        <source>开始办理日期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>新建账户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑账户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>输入名称筛选站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>至少 {n} 个字符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>负责的站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>初始密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>再输一次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>管理员：可做一切操作，包括管理账户和设置。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作人员：登记和修改全部记录，不能管理账户。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台联络员：只看到并登记所负责站室组的记录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只读：查看全部记录，不能修改，也不能完整导出联系电话。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>两次输入的密码不一致</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>新建账户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重设密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>停用的账户不能再登录；连续输错密码被锁定的账户，重设密码或启用即可解锁。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>启用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能停用自己正在使用的账户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确定要停用账户“{name}”吗？停用后不能再登录，可随时启用。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>停用账户</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>履职活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：全市城市道路交通安全设施建设情况视察</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：市政协社会和法制委员会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未指定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>活动类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>视察类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>活动主题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>活动时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>组织层级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>组织单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>牵头委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属议题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存后可登记活动形成的意见建议、调研报告和成果运用。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>部门负责人、专家学者、群众代表等</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他参加人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>活动纪要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>基本信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参加委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他人员与纪要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记意见建议…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>意见建议（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成果运用</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityKindsEditor</name>
    <message>
        <source>新的活动类型，例如：界别协商</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>改名…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>停用或恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内置类型不能停用；停用的类型保留已登记的活动和统计，只是不再供新登记选择。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自定义</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>即站室组的协商议事活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>改名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新的名称</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>协商议事台账</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>重新交办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>交办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择主办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 个工作日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>输入名称或拼音首字母筛选会办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择主办单位（可输入名称或拼音首字母）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有登记承办单位：请先登记承办单位，再交办。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记承办单位…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复默认时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按单位设置的办理时限（{n} 个工作日）重新计算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>交办后</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>截止</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>主办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>会办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>交办日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理时限应晚于交办日期。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {n} 个工作日（不计周末和法定节假日，调休上班日计入）；单位默认 {d} 个工作日。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>也可以直接修改截止日期。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>录入{year}年节假日…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>文件名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>大小</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件内容保存在数据库中（随备份保存，同事也能打开），原文件可以移走或删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>显示已归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可添加现场照片、签到表扫描件、会议材料等；双击打开。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>图片 ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文档 ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择要添加的文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在添加 {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>部分文件未能添加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在添加附件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>系统没有可以打开“{name}”的程序。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在打开 {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确定归档附件“{name}”吗？归档后默认不再显示，可随时恢复。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceEditor</name>
    <message>
        <source>委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出席情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发言</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在活动中发言（计入履职积分）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加委员…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加本站室组委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把所选站室组的全部委员加入名单，默认为出席</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>移除所选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>双击“出席情况”或按 F2 修改；按 Tab 离开名单。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}在活动中发言</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出席 {present} 人，请假 {excused} 人，缺席 {absent} 人</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>共 {n} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每次新增、修改、归档、登录和导出都记录在此，日志只能追加、不能修改或删除。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按当前筛选条件导出操作日志（联系电话已隐去）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>字段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改后</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择一条日志，查看每个字段修改前后的内容。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {seq} 条&#x3000;{at}&#x3000;{who}（{username}）&#x3000;{action} · {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（没有字段变更）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作日志-{day}.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出操作日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出 {n} 条操作日志。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导出操作日志…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>备份时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>大小</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协商议事活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>意见建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更改文件夹…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如放到 U 盘或另一块硬盘上，电脑损坏时备份仍在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复默认位置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份文件夹：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>立即备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>验证</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重新检查所选备份是否完好、可以用来恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只有管理员和办公室工作人员可以查看和创建备份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已验证</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未验证：{why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有备份。点击“立即备份”做第一份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只有管理员可以从备份恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已备份并验证：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在备份并验证…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>验证通过：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>验证未通过：{why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在验证备份…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这份备份尚未通过验证，请先点击“验证”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已恢复：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择备份文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>以后的备份保存在：{folder}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchStepDialog</name>
    <message>
        <source>批量{step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>等</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>为所选的 {n} 条意见建议记录“{step}”：{titles}{more}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：电话联系各承办单位，要求本周内书面答复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始办理日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在为 {n} 条意见建议记录“{step}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有一条能{step}：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>一季</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>二季</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>三季</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>四季</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <source>已选 {n} 个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未选择</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>检查结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已逐行检查，尚未写入任何数据。没有错误才能导入；导入要么全部写入，要么都不写入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存错误报告…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：胜利路驿站月报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存导入方案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把这次的对应关系保存为导入方案，下月同一站点的台账一步导入：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发现 {n} 处错误，不能导入。请修改原文件后重新选择，或返回上一步调整各列的含义。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>检查通过，可以导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {n} 条，此处列出前 {shown} 条；错误报告中有全部内容。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法保存导入方案：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存导入方案“{name}”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>台账.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}_错误报告.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存错误报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法保存错误报告：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存错误报告：出错的单元格标为红色，每行末尾写明原因。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>错误报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导入……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有导入任何数据：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已取消导入，数据库没有任何改动。可以再次点“导入”。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>活动时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>活动主题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>视察类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>组织层级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>组织单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>牵头委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>议题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>负责的站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最近登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>界别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>党派</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>届次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作单位及职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所在站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>县区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>乡镇街道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联络人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成立日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>委员数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正常开展</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>议题来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>形式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>召集人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建议数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提出日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建议标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报送日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>信息标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报送人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>反映问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>采用日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>采用单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签发日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>主办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>超期工作日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>剩余工作日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>答复日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提出人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>主办建议数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出席</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请假</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缺席</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提出建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>召集活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>视察调研</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各类履职活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>社情民意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调研报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履职积分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履职评价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>告诫提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>字段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原来的值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本机的值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对方的值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对方</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对方导出时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>序号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>变更字段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发出/收到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发送方</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>专报标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报送对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所报活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>转化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成文日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报告标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>执笔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属调研活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>征集日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提出者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确定情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计划年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计划月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>承办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>完成情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已开展</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConcludeDialog</name>
    <message>
        <source>答复（{day}，{result}）：{text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：已在海晏路与五四大街路口加装红绿灯并投入使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>落实情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办结日期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>处理数据交换冲突</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待处理 {n} 处</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>双方都改了同一字段、改成了不同的值。本机暂时保留本机的值；请逐项选择采用哪一方的值，选择会记入操作日志，并随下一个数据包发给对方。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原来的值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本机的值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对方的值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>采用本机的值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>采用对方的值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择一处冲突，查看双方的值。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}“{record}”的“{field}”&#x3000;对方：{who}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>程序错误 — %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>程序遇到了意外错误：%s

您的数据没有丢失，未保存的修改可能需要重新填写。详细信息已写入日志文件（%s）；联系技术支持时，请点击“复制”并把下面的内容发给他们。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复制</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已复制</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <source>数据库文件已损坏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库文件已损坏，程序已改为只读</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>为避免丢失数据，程序不会再写入这个文件：现在可以查看和导出仍能读取的内容，不能保存修改。
文件：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…… 另有 {n} 处</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>检查结果：
{problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>损坏的文件已另存为：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最新的有效备份：{summary}
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只有管理员可以恢复备份，请联系管理员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份文件夹 {folder} 中没有有效的备份。可以只读打开损坏的文件，导出仍能读取的内容。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复这份备份…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只读打开损坏的文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>继续只读查看</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>已开展协商议事活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>意见建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办结率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按期办结率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>满意率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>领导批示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>反映问题类占比</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>超期未答复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>委员参与率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>委员出席率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各类履职活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>专题协商</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联动民主监督</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>视察</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调研</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>社情民意信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>反映问题类信息占比</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协商专报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>议题征集</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年度协商计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不含筹备中 {p} 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已交办 {n} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已办结 {a} / 已交办 {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按期 {a} / 已办结 {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>满意和基本满意 {a} / 已评价 {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 件次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>涉及意见建议 {n} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>反映问题类 {a} / {b} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>另有 {n} 条将在 {d} 个工作日内到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参加活动的委员 {a} / {b} 名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>形成意见建议 {n} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提出意见建议 {n} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调研报告 {n} 篇，被采用 {a} 篇</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>采用 {a}&#x3000;签发 {i}&#x3000;获批示 {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成果转化 {n} 项&#x3000;反馈群众 {m} 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确定 {a} 个&#x3000;未采用 {b} 个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已开展 {n} 个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计划 {p} 个&#x3000;逾期未开展 {o} 个</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>刷新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重新统计（F5）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本期主要数据，与导出、打印的统计口径一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看超期清单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>录入节假日…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协商议事与办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履职活动与成果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复制</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复制这段文字，粘贴到工作综述中再修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统计段落（草稿）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>根据上面的数字自动起草，可复制后修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>超期与即将到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在统计…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>显示的是 {time} 的统计结果，正在重新统计…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按季度统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按月统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统计范围：{scope}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>将装入一座虚构城市的演示数据：约 30 个站室组、200 名委员、500 次协商议事活动及其意见建议，数据均为演示用的虚构内容，请勿用于正式工作。

同时创建演示账户 admin、clerk、coordinator、viewer（密码均为 demo1234；已有的同名账户不会改动）。

确定装入吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>载入演示数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>装入演示数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已生成 {done}/{total} 次协商议事活动…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user}（{role}）{kept}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>：已存在，未改动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已装入演示数据（虚构）：{platforms} 个站室组、{members} 名委员、{sessions} 次协商议事活动、{suggestions} 条意见建议。

演示账户（新建的密码均为 {password}）：
{accounts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>演示数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在装入演示数据…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>录入{year}年节假日…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统计段落已复制</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateList</name>
    <message>
        <source>添加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加从第一个日期到第二个日期的每一天（只加一天时两个日期相同）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除所选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {n} 天</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateRangeFilter</name>
    <message>
        <source>{year}年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自定义…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>至</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>打印文档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按数据重新起草</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>根据所选时间和范围的统计数字起草，可直接修改；打印时使用框中的文字。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统计段落</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生成并预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未填写单位名称：文件版头要印上本单位的名称，请先填写。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>填写单位名称…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先填写单位名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先选择要打印的{noun}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在生成{kind}……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已取消生成文档。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>导入完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所有记录已在一个事务中写入。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DutyPage</name>
    <message>
        <source>仅显示未达标（告诫提醒）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按履职积分排名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印积分排名…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全体委员的履职积分、排名和履职评价等次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>排序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看明细…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>根据各类履职活动、意见建议、社情民意和调研报告记录自动统计，无需另行填报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参加履职活动不少于 {n} 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无故缺席不多于 {n} 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在统计…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提出意见建议不少于 {n} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履职积分不少于 {n} 分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>告诫提醒标准：{checks}（{note}；标准在“设置”中修改）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {n} 名委员，其中 {m} 名未达标</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>委员或提出方的评价意见（可不填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>评价意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>评价日期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>站室组与办公室互相发送数据包：按记录合并，双方改了同一处时列为冲突，不会静默覆盖。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只导出上次之后的变化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出数据包…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入数据包…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>处理冲突</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>处理冲突（9999）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发出和收到的数据包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本机：{name}&#x3000;密钥指纹：{fp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本机：{name}（第一次导出或导入数据包时生成密钥）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已信任的发送方：{peers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有收到过其他电脑的数据包。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>整个办公室</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>处理冲突（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据包-{scope}-{day}.zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出数据包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据包 (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出数据包（{n} 条记录）：
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导出数据包…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入数据包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在检查数据包…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导入：新增 {c}，修改 {u}，无变化 {n}，冲突 {k}，拒绝 {r}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
有冲突的字段暂时保留本机的值，请点“处理冲突”逐项选择。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导入数据包…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>截至{day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协商议事台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出一个 Excel 工作簿，含“协商议事台账”“意见建议办理台账”“站室组名册”“委员名册”和“统计”五张工作表。活动按活动时间、意见建议按提出日期计入时间范围。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>完整导出（含完整手机号）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>完整导出时委员名册中的手机号不再隐去中间四位，本次导出会记入操作记录（审计日志）。请妥善保管导出的文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只有管理员和办公室工作人员可以完整导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协商议事台账.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出台账到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择导出文件的保存位置。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件“{name}”已存在，要替换它吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>替换</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导出台账……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法写入文件：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已取消导出，没有生成文件。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExternalPdfDialog</name>
    <message>
        <source>已生成“{title}”（共 {pages} 页）。本机无法加载程序内预览组件（PDFium），请用系统的 PDF 阅读器打开后查看和打印，或另存为文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用 PDF 阅读器打开</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>反馈群众与是否公开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已反馈</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>向群众反馈了什么、反馈到哪些小区或群体</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不公开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不公开时必填，例如：涉及个人隐私</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>反馈日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>反馈方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>反馈内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>是否公开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不公开理由</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>选择要导入的台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可以导入本程序导出的台账，也可以导入各单位自己记的 Excel 台账（.xlsx）。下一步核对各列的含义。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择或粘贴 .xlsx 文件的路径</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入方案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>· 导入前会逐行检查，只要有一行有错误就不写入任何数据。
· 加密、含宏、旧版 .xls 或异常巨大的文件会被拒绝，不会读入。
· 本程序导出的台账带有“记录编号”列，修改后导入会更新原有记录。
· 同一站点每月的台账：第一次核对好各列后保存为“导入方案”，以后选它一步导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（自动识别各列）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在读取工作簿……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到文件“{path}”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法读取文件：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已取消读取。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>首次使用 — {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>欢迎使用{app}。这个数据库还没有账户：请填写单位名称，并创建第一个管理员账户。管理员可以再为工作人员、平台联络员和只读用户创建账户。站室组的电脑请用办公室为本站导出的数据包建立，联络员用原来的账户登录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：西宁市政协办公室</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录时输入，例如 admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：张文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>至少 {n} 个字符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>印在交办单、催办单、工作综述等文件上，以后可在“设置”中修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>管理员用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>再输一次密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>创建并登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>站室组电脑：用办公室的数据包建立…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>首次使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择办公室发来的数据包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据包 (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已用“{office}”的数据包建立本机数据库，共 {n} 条记录。
请与办公室核对其密钥指纹：{fp}
平台联络员可用在办公室使用的用户名和密码登录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在建立本机数据库…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写单位名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>两次输入的密码不一致</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>放弃修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>填写的内容尚未保存。确定要放弃这些修改吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>继续填写</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandlingButton</name>
    <message>
        <source>办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>交办、答复、办结、催办、评价等办理步骤</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandlingMenu</name>
    <message>
        <source>已归档的意见建议不能再办理，请先恢复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理详情…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重新交办…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>交办…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HolidaysDialog</name>
    <message>
        <source>节假日安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法定节假日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调休上班日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除本年录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除办公室为该年录入的日期，改回使用日历数据包（如有）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按国务院办公厅当年发布的节假日安排录入：放假的每一天列为法定节假日，周末调休上班的日子列为调休上班日。普通周末无需录入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日历数据包已收录{year}年的节假日安排，通常无需录入；在此录入的日期会逐日覆盖数据包。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日历数据包尚未收录{year}年的节假日安排（已收录 {first}–{last} 年）。录入后，办理时限和退办期限将按这里的日期计算工作日。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确定删除为{year}年录入的节假日安排吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCheckPage</name>
    <message>
        <source>错误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>跳过</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDefaults</name>
    <message>
        <source>例如：城西区胜利路委员驿站</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：城西区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缺少的交办、答复、办结、评价日期取相邻的已知日期（在检查结果中注明）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已交办但未写承办单位时使用（可不填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不指定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未填站室组的行归入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建站室组所属县区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>默认承办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>默认答复类别</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>导入台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上一步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下一步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstructionDialog</name>
    <message>
        <source>例如：市委副书记 王××</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批示原文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批示领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批示日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批示内容</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstructionEntryDialog</name>
    <message>
        <source>领导批示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：市委副书记 王××</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批示原文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批示领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批示日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批示内容</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>界面语言</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重新启动程序后生效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本次运行的语言由环境变量 {var}={value} 指定，优先于此设置。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerTools</name>
    <message>
        <source>导出台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按当前筛选条件导出 Excel 台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出所选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把选中的行（可多选）导出为 Excel，联系电话隐去中间四位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>为选中的记录生成可打印的文档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出所选（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{page}（所选 {n} 条）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LengthCounter</name>
    <message>
        <source>最多 {n} 个字</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>新建</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>归档所选记录（Delete）；归档后默认不再显示，可随时恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（Ctrl+F）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已显示 {n} 条，正在统计总数…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建一条记录（Ctrl+N）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确定要归档“{name}”吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确定要归档所选的 {n} 条记录吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>以下工作尚未完成，归档后保持原状、仍需跟进：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>归档后默认不在列表中显示，勾选“显示已归档”可以找回并恢复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在归档 {n} 条记录…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批量{what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>显示已归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&lt;h3&gt;{name}&lt;/h3&gt;&lt;p&gt;版本 {version}&lt;/p&gt;&lt;p&gt;记录政协“站、室、组”的协商议事活动，跟踪每条意见建议从交办、办理、答复到办结和评价的全过程。&lt;/p&gt;&lt;p&gt;数据保存在本机，无需联网。&lt;/p&gt;&lt;p&gt;数据库：{database}&lt;br&gt;日志文件：{log}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关于</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>账户(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入台账…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出台账…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印文档…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设置…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>检索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>刷新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>切换用户…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改密码…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>使用指南</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{page}（Ctrl+{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库：{url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当前用户：{name}（{role}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>账户：{username}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只读用户不能导入台账。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>核对各列的含义</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已按列名自动对应到台账的字段。请逐列核对，不需要的列选“忽略”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>作为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表头至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>前几行数据（按上面的对应读出的样子）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件中的列名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>示例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（无列名）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>忽略</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有两列对应到同一字段，请只保留一列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在逐行检查……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有要导入的工作表。请至少为一张工作表选择台账类型。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择或输入界别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择或输入党派</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：十五届</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>界别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>党派</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>届次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作单位及职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>基本信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所在站室组</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDutyDialog</name>
    <message>
        <source>履职档案：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>告诫提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统计范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所在站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出席</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请假</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缺席</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提出意见建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>召集活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>视察调研</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各类履职活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出席 {a} 次，无故缺席 {b} 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>社情民意 / 调研报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报送 {a} 条（采用 {b}） / 执笔 {c} 篇（采用 {d}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履职积分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 分（扣分 {d}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履职评价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>议题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>形式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参加情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>召集</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提出日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建议标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>组织层级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发言</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>牵头</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {n} 分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履职积分 {n} 分：{parts}。积分按“设置 → 履职积分”中的规则由各项履职记录自动计算。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履职记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计分项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>积分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已达上限（原 {n} 分）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参加的活动（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他履职活动（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提出的意见建议（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履职积分（{n} 分）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>双击活动或建议查看详情。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <source>选择委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>输入姓名、全拼或拼音首字母（如 zhw）筛选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>勾选要添加的委员（空格键勾选），可多选。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <source>加入名册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改成员记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>输入姓名或拼音查找委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>输入名称或拼音查找</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已离开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有可以加入的委员：请先在“委员”页添加委员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有可以加入的站室组：请先在“站室组”页登记站室组。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>加入日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>离开日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthlyChart</name>
    <message>
        <source>按月统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协商议事活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>意见建议</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameCombo</name>
    <message>
        <source>输入姓名、全拼或拼音首字母查找</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotAdoptDialog</name>
    <message>
        <source>例如：所提事项已列入今年城建计划，留作参考</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>决定日期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>关闭提示</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeNameDialog</name>
    <message>
        <source>单位名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：西宁市政协办公室</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>印在交办单、催办单、工作综述等文件的版头，以后可在“设置”中修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写本单位的实际名称</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenProblemDialog</name>
    <message>
        <source>无法打开数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>详细信息已写入日志文件：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在这里新建台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开其他数据库文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重试</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到数据库文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库中还没有台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这不是本程序的台账数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库来自更高版本的程序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有访问数据库的权限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库地址不正确</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>连接不上数据库服务器</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库服务器拒绝登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务器上没有这个数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如果路径有误，请打开正确的数据库文件。要在这里开始一本新的台账，请点“在这里新建台账”：程序会新建数据库，并请您创建第一个管理员账户。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请打开本程序的数据库文件。如果它原本是本程序的数据库，说明文件已损坏：请由管理员从备份恢复（“备份与恢复”页，或命令 python -m app backup restore）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请安装新版本的程序后再打开它，或打开其他数据库文件。这个数据库没有被改动。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请检查文件和文件夹的权限（或请管理员设置）后重试；也可以把数据库复制到自己有权写入的位置再打开。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请检查数据库服务器是否已启动、这台电脑的网络是否连通，以及程序快捷方式中 --db 后的地址（服务器、端口、用户名、密码、数据库名）；问题解决后点“重试”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请检查程序快捷方式中 --db 后的数据库地址。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>问题解决后点“重试”，或打开其他数据库文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最新的有效备份：{summary}
{path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpinionDialog</name>
    <message>
        <source>社情民意信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>输入姓名筛选委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>非委员报送人，例如：特邀信息员 李××</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>反映问题类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已采用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：省政协、全国政协</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已签发</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：《社情民意》2026年第12期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>信息标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>信息内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报送日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报送委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他报送人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性质</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>采用日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>采用单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签发日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签发期号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>领导批示</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpinionsPage</name>
    <message>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeEntryDialog</name>
    <message>
        <source>成果转化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：海晏路加装红绿灯，纳入本年度民生实事</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已落实</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件文号、项目名称或资金数额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>转化为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>转化内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>落实日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文号或项目</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverdueListDialog</name>
    <message>
        <source>超期清单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>超期未答复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>即将到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>催办…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出清单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把清单中的全部意见建议导出为 Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可多选后一起催办；按 Enter 或双击查看办理详情。天数均按工作日计算。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {n} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批量催办（{n} 条）…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批量催办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>超期未答复清单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>即将到期清单</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverdueTable</name>
    <message>
        <source>建议标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>主办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>催办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>催办…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理详情…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部清单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在单独的窗口中列出全部，可多选后批量催办或导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>超期未答复（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>即将到期（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>超期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>剩余</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 个工作日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>今天到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最近催办：{day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有超期未答复的意见建议。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>近期没有即将到期的意见建议。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只列出最紧急的 {n} 条；点“全部清单…”查看全部 {total} 条。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录一次催办、督办或电话沟通</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackagePreviewDialog</name>
    <message>
        <source>导入数据包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来自“{sender}”的第 {seq} 号数据包，{who}于 {at} 导出；范围：{scope}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>首次收到来自“{sender}”的数据包。请与对方核对密钥指纹：
{fingerprint}
核对无误再导入；导入后本机信任这个密钥，以后用其他密钥签名的数据包一律拒绝。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发送方的密钥与本机记住的一致：{fp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入后将会：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有冲突，也没有被拒绝的记录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无变化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>冲突</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>拒绝</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>冲突（双方都改了同一字段；导入后保留本机的值，在“处理冲突”中逐项选择）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {kind}“{record}”的“{field}”：原为 {base}，本机为 {mine}，对方为 {theirs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不导入的记录：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政协委员名册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索姓名（可用拼音或首字母，如 zhw）、界别、党派或工作单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>界别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履职活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>专题协商、民主监督、视察调研、委员讲堂、走访和会议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索主题、地点或组织单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>层级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政协机关</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>委员驿站、委员工作室、委员联络组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索名称、县区、乡镇街道、地址或联络人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>县区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协商议事</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各站室组开展的协商议事活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {n} 条（含筹备中的活动；工作台只计已开展的）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索议题、地点或站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>形式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>意见建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协商成果的交办、办理与答复；红色为超期未答复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索标题、内容、答复或承办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>承办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>负责办理意见建议的部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索单位名称或联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履职档案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>检索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>账户管理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份与恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据交换</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {n} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>是</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>否</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>社情民意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>委员报送的社情民意信息及采用、签发、批示情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索标题、内容、报送人或期号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已采用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已签发</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>获批示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>反映问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协商专报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协商成果报送党委政府的专报及批示、转化情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索标题、期号、报送对象或正文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调研报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调研、视察形成的调研报告及采用情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索标题、摘要、执笔人或采用单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>议题与计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>议题征集、议题确定和年度协商计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索议题、提出者或说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计划年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>完成情况</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsEditor</name>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位或职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除所选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>双击单元格或按 F2 填写；Ctrl+Tab 到下一格，Tab 离开表格</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>修改密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重设密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>至少 {n} 个字符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当前密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>为账户“{name}”设置新密码，并解除锁定。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>再输一次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>两次输入的密码不一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码已修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码已重设。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewBase</name>
    <message>
        <source>预览：{title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>另存为…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>另存为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法保存文件：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>上一页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下一页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {n} 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>适合宽度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>整页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缩小</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>放大</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformChart</name>
    <message>
        <source>各站室组开展活动次数（前 {n} 位）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本期没有协商议事活动</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformDialog</name>
    <message>
        <source>站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：城西区胜利路街道委员驿站</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择或输入县区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正常开展活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>县区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>乡镇街道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联络人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成立日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>基本信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成员名册</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PointsRulesForm</name>
    <message>
        <source>无故缺席扣</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每年上限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>优秀（不低于）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>称职（不低于）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>基本称职（不低于）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>积分由各类履职记录自动计算；“每年上限”为 0 表示不设上限，扣分不受上限限制。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年度履职评价分数线（按每年标准，统计期不足一年时按月折算）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不限</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintSettingsForm</name>
    <message>
        <source>例如：西政协交</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{doc}发文字号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只填机关代字，印出时加年份和序号，如 西政协纪〔2026〕3号；留空则该文件不编号（交办单用“交办”）。已印出的编号不会随之改变。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：市委办公室，市政府办公室</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>抄送</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>印在协商议事纪要和工作综述的版记中；留空则版记只有印发机关和日期。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自动选择</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一般无需填写：本机装有仿宋、黑体、楷体、方正小标宋等字体时自动使用；也可指定单位授权的 TrueType 字体文件（.ttf / .ttc）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择字体文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TrueType 字体 (*.ttf *.ttc *.otf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualityDialog</name>
    <message>
        <source>承办单位对建议质量的评价意见（可不填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建议质量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>评价意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>评价日期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordChooser</name>
    <message>
        <source>协商议事活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索议题、地点或站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>意见建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索标题、内容或承办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>承办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索单位名称或联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>议题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索议题或提出者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履职活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索主题、地点或组织单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协商专报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索标题、期号或报送对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索姓名、界别或工作单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择{noun}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存冲突</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>＊</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>选择{noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>催办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>交办日期 {assigned}，办理时限 {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：电话联系承办科室，要求本周内书面答复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>答复和办结记录将清除（仍保留在时间线上），意见建议回到“办理中”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>意见建议回到“待交办”，可重新交办。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：委员对答复不满意，要求继续办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设定新的办理时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新时限</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>承办单位的答复意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>答复内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>答复日期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResearchReportDialog</name>
    <message>
        <source>调研报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>输入姓名筛选委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>非委员执笔人，例如：市政协研究室 张××</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已采用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：市委、市政府</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报告标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成文日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属调研活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>组织层级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>执笔委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他执笔人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>采用日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>采用单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报告摘要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选了所属调研活动时，组织层级随活动。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>领导批示</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>登记反馈与公开…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报送日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报送对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>专报标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记协商专报…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批示日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批示领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批示内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加批示…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除所选批示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>转化为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>落实日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>转化内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文号或项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加成果转化…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除所选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>反馈群众与是否公开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协商专报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>领导批示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成果转化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}以“{method}”方式向群众反馈</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>：{note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未登记向群众反馈的情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不公开（{reason}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>是否公开：{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除所选的领导批示吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除所选的成果转化记录吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsReportDialog</name>
    <message>
        <source>协商专报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存时自动编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>市委、市政府</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协商议事活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履职活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不针对单次活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>专报正文；也可保存后在“附件”中添加专报文件，这里只写摘要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>专报标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报送日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报送对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报送内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>专报正文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>专报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关于“{title}”协商成果的专报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（未编号）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批示与成果转化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附件（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>例如：该事项属区住建局职责，不属本单位办理范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退办理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退办日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退办须在交办后 {n} 个工作日内提出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（交办日期 {day}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（交办日期 {day}，退办截止 {end}）。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterEditor</name>
    <message>
        <source>委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>加入日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>离开日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加委员…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>加入站室组…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>离开名册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记下今天离开（其他日期用“修改…”）；记录保留，履职档案仍按当时的名册统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>显示已离开的</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已离开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存站室组后即可添加成员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存委员信息后即可加入站室组。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>现有 {n} 名成员。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowExport</name>
    <message>
        <source>导出到 Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出 {n} 行（联系电话已隐去）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法写入文件：{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Safekeeping</name>
    <message>
        <source>只读：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在检查数据库…（可以查看，保存会等检查完成）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库只读</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自动备份未完成：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopeBar</name>
    <message>
        <source>本年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自定义…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>县区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部县区</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopeFields</name>
    <message>
        <source>全部站室组（可输入名称或拼音查找）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部县区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>县区</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>协商议事活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>意见建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标题或姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>县区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找到的位置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>输入要查找的字词，例如：交通&#x3000;红绿灯；委员可输入姓名或拼音，如 zhw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上一页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下一页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把全部检索结果（不只是本页）导出为 Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在议题、会议纪要、形成共识、建议内容、答复、落实情况、承办单位和委员姓名（含拼音）中查找</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按 Enter 或双击打开：活动详情、意见建议的办理详情或委员信息。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共找到 {n} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {a}–{b} 条（第 {p}/{n} 页）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>检索结果：{text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>活动：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建议：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在查找…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有找到包含“{text}”的记录</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDetailDialog</name>
    <message>
        <source>编辑…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记意见建议…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协商议事活动：{topic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看登记…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>概况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>意见建议（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成果运用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间线（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附件（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{form}，地点：{place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>；出席委员 {n} 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>召开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计划召开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>议题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>议题来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>活动时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>形式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>县区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>召集人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>主持人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>群众代表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>基本情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>会议纪要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未录入会议纪要。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>形成共识</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未录入形成的共识。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参会委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他参会人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未登记其他参会人员。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>协商议事活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：老旧小区加装电梯怎么推进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未指定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择站室组（可输入名称或拼音）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有登记任何站室组：请先登记站室组，再登记协商议事活动。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记站室组…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未指定（可输入姓名或拼音查找）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{low}–{high} 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>议题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>议题来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>活动时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>形式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>召集人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>主持人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>群众代表人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属议题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态在列表的“状态”菜单中变更。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>会议纪要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>形成共识</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>基本信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参会委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他参会人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>纪要与共识</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（无权查看的议题）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionSuggestions</name>
    <message>
        <source>双击查看办理详情；红色为超期未答复</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在将 {n} 次活动改为“{state}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>改为“{state}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source> 个工作日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：西宁市政协办公室</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不检查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>印在交办单、催办单、工作综述等文件上。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>交办后多少个工作日内答复；交办时可逐条调整。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退办期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>承办单位须在交办后多少个工作日内提出退办。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>到期提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>离办理时限还有多少个工作日时列入“即将到期”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附件大小上限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每个附件文件的最大大小；附件保存在数据库中，随备份一起保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每年最少参加履职活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每年最多无故缺席</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每年最少提出意见建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每年最低履职积分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>低于标准的委员列入履职档案的“告诫提醒”名单；设为 0 则不检查该项。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>撤销修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>录入或修改节假日…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>节假日安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作日按国家法定节假日和调休安排计算。日历数据包已收录 {first}–{last} 年；国务院办公厅公布新一年的安排后，请在这里录入该年的节假日和调休上班日。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位与办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>委员履职提醒标准（每年）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履职积分规则与履职评价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履职活动类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全单位共用，保存在数据库中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只有管理员和办公室工作人员可以修改设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}年：法定节假日 {h} 天，调休上班日 {w} 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未录入任何年份（均使用日历数据包）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有设置未能保存，请看红字说明。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有需要保存的修改。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>登录 — {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请输入您的账户和密码。忘记密码请联系管理员重设。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartGuide</name>
    <message>
        <source>填写单位名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>印在交办单、催办单和工作综述的版头上。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>填写单位名称…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>委员驿站、委员工作室、委员联络组：协商议事活动都在这里开展。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记站室组…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政协委员名册，再把委员加入各站室组的名册。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加委员…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记协商议事活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>议题、时间、参会委员和形成的共识；意见建议随后登记并交办。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记协商议事活动…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>载入演示数据（虚构示例）…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>想先看看效果？可以装入一座虚构城市的演示数据（站室组、委员、500 次协商议事活动及意见建议），并创建演示账户 admin、clerk、coordinator、viewer（密码 demo1234）。演示数据均为虚构，请勿用于正式工作。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>使用指南（F1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按下面的顺序做好准备，就可以登记第一次协商议事活动。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StateButton</name>
    <message>
        <source>变更状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>改为“{state}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>变更状态（{n} 条）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>{title}（当前状态：{state}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionDetailDialog</name>
    <message>
        <source>编辑…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属活动…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>列为典型成果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作综述的“典型成果”一节只列选定的意见建议；一条也未选定时按默认规则选出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>意见建议：{title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看登记…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>详情</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间线（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附件（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>超期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>典型成果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}（已超期 {n} 个工作日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}（剩余 {n} 个工作日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提出日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提出人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（反映问题类）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>主办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>会办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>交办日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>答复日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办结日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>委员评价日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建议质量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>质量评价日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>基本情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建议内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未填写建议内容。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>答复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未答复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>落实情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未办结。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>领导批示（{n} 件次）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有领导批示。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>双向评价</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionDialog</name>
    <message>
        <source>意见建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>反映问题类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来自协商议事活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未选择</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已填写（不填则用活动日期）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来自履职活动（视察、民主监督等）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>直接登记到站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择站室组（可输入名称或拼音）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有登记任何站室组：请先登记站室组。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记站室组…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未指定委员（可输入姓名或拼音查找）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未指定委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>非委员提出时填写，例如：胜利路社区居民</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建议标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建议内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性质</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属履职活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提出日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提出委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他提出人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择所属协商议事活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择所属履职活动</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionsPage</name>
    <message>
        <source>批量办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>为选中的多条意见建议一起催办或开始办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批量{step}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只看超期未答复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批量办理（{n} 条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批量{step}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicDialog</name>
    <message>
        <source>议题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：老旧小区加装电梯怎么推进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提出议题的单位、委员或群众</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>议题来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提出者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>征集渠道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>征集日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>议题说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已确定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：市政协主席会议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（按确定日期的年份）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m}月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按承办自动选择</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确定情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确定日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确定机关</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计划年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计划月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>承办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>活动形式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未采用理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确定后列入年度协商计划；承办选“政协机关”时由办公室组织（如专题协商）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>组织</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>议题征集</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>议题确定与计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开展情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开展情况（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicsPage</name>
    <message>
        <source>{year}年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>据此登记活动…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>为选中的已确定议题登记协商议事活动或履职活动，议题与活动保持关联</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印年度计划…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}年计划议题 {n} 个：已开展 {held}，计划中 {planned}，逾期未开展 {overdue}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>承办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：市住房和城乡建设局</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>使用指南</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <source>对应无法识别的取值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下面每个词在台账中出现一处或多处，程序不认识。请为每个词选择它表示的取值，不选的行按错误报告。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>台账中的写法</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出现</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同时加入单位设置，以后导入的所有台账都认得这些词</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 处，首见于{where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（不对应）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {n} 个词。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在按对应的取值重新检查……</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Dated</name>
    <message>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>未命名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件位置：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开所在文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>确定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法完成操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <source>打开台账数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>台账数据库 (*.sqlite3 *.sqlite *.db);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdf</name>
    <message>
        <source>无法打开生成的 PDF 文件（{error}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法开始打印，请检查打印机。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在发送到打印机……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>restore</name>
    <message>
        <source>已损坏，无法读取</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复会用这份备份替换当前数据库的全部内容：

备份：{backup}
当前：{current}

恢复前，当前数据库会先另存为一份“恢复前”备份；恢复错了，恢复那一份即可撤销。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这是多人共用的数据库：恢复前请其他工作人员先关闭程序。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已从备份恢复：{summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复前的数据库已备份为：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>损坏的文件保留为：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复未完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在恢复数据库…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在读取当前数据库…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请稍候</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
